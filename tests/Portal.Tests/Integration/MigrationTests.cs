using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Portal.Web.Data;

namespace Portal.Tests.Integration;

/// <summary>Each provider has its own migrations; none may lag behind the model, and they move in lockstep.</summary>
public sealed class MigrationTests : IDisposable
{
    private readonly SqliteConnection _sqlite = new("Data Source=:memory:");

    public void Dispose() => _sqlite.Dispose();

    private SqliteDbContext Sqlite() => new(new DbContextOptionsBuilder<SqliteDbContext>().UseSqlite(_sqlite).Options);

    // Building the model and reading migrations needs no server: nothing connects.
    private static SqlServerDbContext SqlServer() =>
        new(new DbContextOptionsBuilder<SqlServerDbContext>().UseSqlServer("Server=127.0.0.1;Database=Portal;User Id=sa;Password=unused;").Options);

    [Fact]
    public void TheSqliteModelHasNoPendingChanges()
    {
        using var db = Sqlite();
        Assert.False(db.Database.HasPendingModelChanges(), "Run: dotnet ef migrations add <Name> --context SqliteDbContext");
    }

    [Fact]
    public void TheSqlServerModelHasNoPendingChanges()
    {
        using var db = SqlServer();
        Assert.False(db.Database.HasPendingModelChanges(), "Run: dotnet ef migrations add <Name> --context SqlServerDbContext");
    }

    [Fact]
    public void EveryProviderHasTheSameMigrationsInTheSameOrder()
    {
        using var sqlite = Sqlite();
        using var sqlServer = SqlServer();

        Assert.NotEmpty(sqlite.Database.GetMigrations());
        Assert.Equal(sqlite.Database.GetMigrations(), sqlServer.Database.GetMigrations());
    }

    [Fact]
    public async Task TheSqliteMigrationsBuildADatabaseWithTheVisitorTotalRow()
    {
        await _sqlite.OpenAsync();
        await using var db = Sqlite();

        await db.Database.MigrateAsync();

        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        Assert.Equal(0, (await db.VisitTotals.SingleAsync()).Visits);
    }
}
