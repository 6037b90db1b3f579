using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Web.Articles;
using Portal.Web.Data;
using Portal.Web.Feeds;
using Portal.Web.InfoPages;
using Portal.Web.Publishing;
using Portal.Web.Search;

namespace Portal.Tests.Integration;

/// <summary>
/// One query finds every kind of content together, the kind a filter: a second kind (the agency's pages, made
/// searchable by a source this test registers) next to the articles, on each engine.
/// </summary>
public abstract class SearchOfSeveralKindsTests(SearchOfSeveralKindsTests.EngineFixture fixture)
{
    public abstract class EngineFixture : IDisposable
    {
        protected EngineFixture(string? engine)
        {
            Factory = new PortalFactory { TestServices = services => services.AddScoped<ISearchSource, PageSource>() };
            if (engine is not null)
            {
                Factory.Settings["Portal:Search:Engine"] = engine;
            }
        }

        public PortalFactory Factory { get; }

        public void Dispose()
        {
            Factory.Dispose();
            GC.SuppressFinalize(this);
        }
    }

    private readonly PortalFactory _factory = fixture.Factory;

    [Fact]
    public async Task ArticlesAndPagesAreFoundByOneQueryTitleMatchesFirst()
    {
        var (pageId, articleId) = await AddBothAsync("capybarazx");

        var hits = await SearchAsync("capybarazx");

        Assert.Equal([(PageSource.Kind, pageId), (ArticleSearchSource.Name, articleId)], hits.Select(h => (h.Kind, h.Id)));
        Assert.Equal(PublicUrls.InfoPagePath("capybarazx-trang"), hits[0].Address);
    }

    [Fact]
    public async Task TheKindFiltersTheResultsAndTheirTotal()
    {
        var (pageId, articleId) = await AddBothAsync("tapirzx");

        Assert.Equal([articleId], (await SearchAsync("tapirzx", ArticleSearchSource.Name)).Select(h => h.Id));
        Assert.Equal([pageId], (await SearchAsync("tapirzx", PageSource.Kind)).Select(h => h.Id));
        await using var scope = _factory.Services.CreateAsyncScope();
        var search = scope.ServiceProvider.GetRequiredService<ISearch>();
        Assert.Equal(1, (await search.SearchAsync(SearchQuery.Parse("tapirzx"), 1, 10, PageSource.Kind)).Total);
        Assert.Equal(2, (await search.SearchAsync(SearchQuery.Parse("tapirzx"), 1, 10)).Total);
    }

    [Fact]
    public async Task AHiddenItemOfTheSecondKindIsNotFound()
    {
        var (pageId, _) = await AddBothAsync("quaggazx");
        await _factory.WithDbAsync(db => db.InfoPages.Where(p => p.Id == pageId).ExecuteUpdateAsync(u => u.SetProperty(p => p.SortOrder, PageSource.Hidden)));

        Assert.Equal([ArticleSearchSource.Name], (await SearchAsync("quaggazx")).Select(h => h.Kind));
        Assert.Empty(await SearchAsync("quaggazx", PageSource.Kind));
    }

    [Fact]
    public async Task AnUnknownKindIsRefusedNotSearched()
    {
        await using var scope = _factory.Services.CreateAsyncScope();
        var search = scope.ServiceProvider.GetRequiredService<ISearch>();

        Assert.False(search.IsKind("nokind"));
        Assert.True(search.IsKind(PageSource.Kind));
        await Assert.ThrowsAsync<ArgumentException>(() => search.SearchAsync(SearchQuery.Parse("hoi nghi"), 1, 10, "nokind"));
    }

    private async Task<List<SearchHit>> SearchAsync(string query, string? kind = null)
    {
        await using var scope = _factory.Services.CreateAsyncScope();
        return [.. (await scope.ServiceProvider.GetRequiredService<ISearch>().SearchAsync(SearchQuery.Parse(query), 1, 50, kind)).Items];
    }

    /// <summary>A page with the word in its title, and a newer article with it in its body only.</summary>
    private async Task<(int Page, int Article)> AddBothAsync(string word)
    {
        await using var scope = _factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var search = scope.ServiceProvider.GetRequiredService<ISearch>();
        var page = new InfoPage { Slug = $"{word}-trang", TitleVi = $"Giới thiệu {word}", BodyViHtml = "<p>Trang giới thiệu.</p>", UpdatedAt = PortalFactory.Now.UtcDateTime.AddDays(-20) };
        db.InfoPages.Add(page);
        await search.IndexAsync(PageSource.Kind, () => page.Id, PageSource.Document(page));
        var article = await scope.ServiceProvider.GetRequiredService<ArticleService>().AddAsync(new ArticleDraft(
            "Tin mới trong tỉnh", "", $"Bài nói về {word}.", "Tác giả", (await db.Categories.FirstAsync()).Id, PublicationStatus.Published, PortalFactory.Now.UtcDateTime.AddDays(-1)));
        await db.SaveChangesAsync();
        return (page.Id, article.Id);
    }

    /// <summary>The agency's pages as a second kind: visible unless set aside (a sort order of <see cref="Hidden"/>).</summary>
    private sealed class PageSource(PortalDbContext db) : ISearchSource
    {
        public const string Kind = "page";
        public const int Hidden = 9999;

        string ISearchSource.Kind => Kind;

        int ISearchSource.Number => 99;

        public static SearchDocumentText Document(InfoPage page) => SearchDocumentText.Of(page.TitleVi, SearchText.PlainText(page.BodyViHtml));

        public IQueryable<SearchItem> Visible(DateTime now) =>
            db.InfoPages.Where(p => p.SortOrder != Hidden).Select(p => new SearchItem { Id = p.Id, PublishedAt = p.UpdatedAt });

        public SearchSql Sql { get; } = new("InfoPages", "Id", "UpdatedAt", null, "i.\"SortOrder\" <> @page_hidden", "i.\"SortOrder\" = @page_hidden",
            new Dictionary<string, object> { ["@page_hidden"] = Hidden });

        public IQueryable<int> Ids() => db.InfoPages.Select(p => p.Id);

        public async Task<Dictionary<int, SearchDocumentText>> DocumentsAsync(IReadOnlyCollection<int> ids, CancellationToken cancellationToken) =>
            (await db.InfoPages.Where(p => ids.Contains(p.Id)).ToListAsync(cancellationToken)).ToDictionary(p => p.Id, Document);

        public async Task<Dictionary<int, SearchHit>> HitsAsync(IReadOnlyCollection<int> ids, SearchQuery query, CancellationToken cancellationToken) =>
            (await db.InfoPages.Where(p => ids.Contains(p.Id)).ToListAsync(cancellationToken)).ToDictionary(p => p.Id, p => new SearchHit(
                Kind, p.Id, p.TitleVi, PublicUrls.InfoPagePath(p.Slug), "", p.UpdatedAt, "Giới thiệu", [new SnippetPart(p.TitleVi, false)]));
    }
}

/// <summary>The database's own engine: FTS5 on SQLite, the tsvector on PostgreSQL.</summary>
public sealed class SearchOfSeveralKindsOwnEngineTests(SearchOfSeveralKindsOwnEngineTests.Fixture fixture)
    : SearchOfSeveralKindsTests(fixture), IClassFixture<SearchOfSeveralKindsOwnEngineTests.Fixture>
{
    public sealed class Fixture() : EngineFixture(TestDatabase.RunProvider == DatabaseProvider.PostgreSQL ? "PostgreSql" : null);
}

public sealed class SearchOfSeveralKindsTermIndexTests(SearchOfSeveralKindsTermIndexTests.Fixture fixture)
    : SearchOfSeveralKindsTests(fixture), IClassFixture<SearchOfSeveralKindsTermIndexTests.Fixture>
{
    public sealed class Fixture() : EngineFixture("TermIndex");
}
