using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Portal.Web.Articles;
using Portal.Web.Data;
using Portal.Web.Search;

namespace Portal.Tests.Integration;

/// <summary>The indexes the public lists need are in every provider's model and migrations, newest first.</summary>
public sealed class ListingIndexTests : IDisposable
{
    private readonly SqliteConnection _sqlite = new("Data Source=:memory:");

    public void Dispose() => _sqlite.Dispose();

    // Building a model needs no server: nothing connects to these.
    private static readonly Dictionary<DatabaseProvider, string> UnusedConnectionStrings = new()
    {
        [DatabaseProvider.SqlServer] = "Server=127.0.0.1;Database=Portal;User Id=sa;Password=unused;",
        [DatabaseProvider.PostgreSQL] = "Host=127.0.0.1;Database=portal;Username=portal;Password=unused",
    };

    public static TheoryData<DatabaseProvider> Providers => new(Enum.GetValues<DatabaseProvider>());

    [Theory]
    [MemberData(nameof(Providers))]
    public void TheModelHasTheNewestAndTheCategoryIndexes(DatabaseProvider provider)
    {
        using var db = Context(provider);
        var model = db.GetService<IDesignTimeModel>().Model;
        var indexes = model.FindEntityType(typeof(Article))!.GetIndexes().ToList();

        AssertIndex(indexes, [nameof(Article.Status), nameof(Article.PublishedAt), nameof(Article.Id)], [false, true, true]);
        AssertIndex(indexes, [nameof(Article.CategoryId), nameof(Article.Status), nameof(Article.PublishedAt), nameof(Article.Id)], [false, false, true, true]);
        Assert.Contains(model.FindEntityType(typeof(SearchDocument))!.GetIndexes(),
            i => i.Properties.Select(p => p.Name).SequenceEqual([nameof(SearchDocument.Kind), nameof(SearchDocument.ItemId)]));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public void TheMigrationsCreateThem(DatabaseProvider provider)
    {
        using var db = Context(provider);

        var script = db.Database.GenerateCreateScript();

        Assert.Contains("IX_Articles_Status_PublishedAt_Id", script);
        Assert.Contains("IX_Articles_CategoryId_Status_PublishedAt_Id", script);
        Assert.Contains("IX_SearchDocuments_Kind_ItemId", script);
        Assert.Contains(db.Database.GetMigrations(), m => m.EndsWith("_ListingIndexes", StringComparison.Ordinal));
    }

    [Fact]
    public async Task TheSqliteMigrationsLeaveTheIndexesInTheDatabase()
    {
        await _sqlite.OpenAsync();
        await using var db = Context(DatabaseProvider.Sqlite);
        await db.Database.MigrateAsync();

        var sql = await db.Database.SqlQueryRaw<string>("SELECT \"sql\" AS \"Value\" FROM sqlite_schema WHERE \"type\" = 'index' AND \"tbl_name\" = 'Articles' AND \"sql\" IS NOT NULL").ToListAsync();

        Assert.Contains(sql, s => s.Contains("\"IX_Articles_Status_PublishedAt_Id\" ON \"Articles\" (\"Status\", \"PublishedAt\" DESC, \"Id\" DESC)", StringComparison.Ordinal));
        Assert.Contains(sql, s => s.Contains("\"IX_Articles_CategoryId_Status_PublishedAt_Id\" ON \"Articles\" (\"CategoryId\", \"Status\", \"PublishedAt\" DESC, \"Id\" DESC)", StringComparison.Ordinal));
        Assert.DoesNotContain(sql, s => s.Contains("\"IX_Articles_Status_PublishedAt\" ", StringComparison.Ordinal));
    }

    private static void AssertIndex(List<IIndex> indexes, string[] columns, bool[] descending)
    {
        var index = Assert.Single(indexes, i => i.Properties.Select(p => p.Name).SequenceEqual(columns));
        Assert.Equal(descending, index.IsDescending?.ToArray());
    }

    private PortalDbContext Context(DatabaseProvider provider) => provider == DatabaseProvider.Sqlite
        ? new SqliteDbContext(new DbContextOptionsBuilder<SqliteDbContext>().UseSqlite(_sqlite).Options)
        : TestDatabase.CreateContext(provider, UnusedConnectionStrings[provider]);
}
