using Microsoft.EntityFrameworkCore;
using Portal.Web.Data;

namespace Portal.Tests.Integration;

/// <summary>Each provider has its own migrations; none may lag behind the model, and they move in lockstep.</summary>
public sealed class MigrationTests
{
    // Building a model and reading its migrations needs no server: nothing connects to these.
    private static readonly Dictionary<DatabaseProvider, string> UnusedConnectionStrings = new()
    {
        [DatabaseProvider.Sqlite] = "Data Source=unused.db",
        [DatabaseProvider.SqlServer] = "Server=127.0.0.1;Database=Portal;User Id=sa;Password=unused;",
        [DatabaseProvider.PostgreSQL] = "Host=127.0.0.1;Database=portal;Username=portal;Password=unused",
    };

    public static TheoryData<DatabaseProvider> Providers => new(Enum.GetValues<DatabaseProvider>());

    private static PortalDbContext Context(DatabaseProvider provider) => TestDatabase.CreateContext(provider, UnusedConnectionStrings[provider]);

    [Theory]
    [MemberData(nameof(Providers))]
    public void TheModelHasNoPendingChanges(DatabaseProvider provider)
    {
        using var db = Context(provider);

        Assert.False(db.Database.HasPendingModelChanges(),
            $"Run: dotnet ef migrations add <Name> --context {db.GetType().Name} --output-dir Data/Migrations/{db.GetType().Name.Replace("DbContext", "", StringComparison.Ordinal)}");
    }

    [Fact]
    public void EveryProviderHasTheSameMigrationsInTheSameOrder()
    {
        var migrations = Enum.GetValues<DatabaseProvider>().ToDictionary(p => p, p =>
        {
            using var db = Context(p);
            return db.Database.GetMigrations().ToList();
        });

        Assert.NotEmpty(migrations[DatabaseProvider.Sqlite]);
        Assert.All(migrations, m => Assert.Equal(migrations[DatabaseProvider.Sqlite], m.Value));
    }

    [Fact]
    public async Task TheMigrationsBuildADatabaseWithTheVisitorTotalRow()
    {
        using var database = TestDatabase.Create();
        await using var db = database.CreateContext();

        await db.Database.MigrateAsync();

        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        Assert.Equal(0, (await db.VisitTotals.SingleAsync()).Visits);
    }
}
