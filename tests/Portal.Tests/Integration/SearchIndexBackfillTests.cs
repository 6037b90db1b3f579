using Microsoft.EntityFrameworkCore;
using Portal.Web.Articles;
using Microsoft.Extensions.DependencyInjection;
using Portal.Web.Search;

namespace Portal.Tests.Integration;

/// <summary>At start-up, articles without a search document get one; with every document in place, nothing is read.</summary>
[Trait("Database", "SqliteOnly")] // it switches between FTS5 and the word index, and FTS5 is SQLite's
public sealed class SearchIndexBackfillTests : IDisposable
{
    private readonly TestDatabase _database = TestDatabase.Create();

    public void Dispose()
    {
        _database.Dispose();
    }

    [Theory]
    [InlineData("Fts5")]
    [InlineData("TermIndex")]
    public async Task AnArticleThatLostItsDocumentIsFoundAgainAfterARestart(string engine)
    {
        int id;
        using (var first = Factory(engine))
        {
            id = await first.WithDbAsync(db => db.Articles.OrderBy(a => a.Id).Select(a => a.Id).FirstAsync());
            var title = await first.WithDbAsync(db => db.Articles.Where(a => a.Id == id).Select(a => a.Title).SingleAsync());
            Assert.Contains(id, await SearchAsync(first, title));
            await first.WithDbAsync(db => db.SearchDocuments.Where(d => d.Kind == ArticleSearchSource.Name && d.ItemId == id).ExecuteDeleteAsync());
            Assert.DoesNotContain(id, await SearchAsync(first, title));
        }

        using var second = Factory(engine);

        var again = await second.WithDbAsync(db => db.Articles.Where(a => a.Id == id).Select(a => a.Title).SingleAsync());
        Assert.Contains(id, await SearchAsync(second, again));
        Assert.Equal(await second.WithDbAsync(db => db.Articles.CountAsync()), await second.WithDbAsync(db => db.SearchDocuments.CountAsync(d => d.Kind == ArticleSearchSource.Name)));
    }

    private PortalFactory Factory(string engine) => new(_database) { Settings = { ["Portal:Search:Engine"] = engine } };

    private static async Task<List<int>> SearchAsync(PortalFactory factory, string title)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var results = await scope.ServiceProvider.GetRequiredService<ISearch>().SearchAsync(SearchQuery.Parse($"\"{title}\""), 1, 50);
        return results.Items.Select(h => h.Id).ToList();
    }
}
