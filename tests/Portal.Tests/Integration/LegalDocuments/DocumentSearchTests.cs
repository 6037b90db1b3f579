using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Web.Articles;
using Portal.Web.Data;
using Portal.Web.LegalDocuments;
using Portal.Web.Publishing;
using Portal.Web.Search;
using static Portal.Tests.Builders.SearchableDocuments;

namespace Portal.Tests.Integration.LegalDocuments;

/// <summary>
/// Legal documents in the site's search, next to the articles, on each engine: found by their abstract, their number
/// and their files' text, diacritics optional; never while a draft or scheduled; the kind a filter; and the word filter
/// of the document list (<see cref="ISearch.MatchingItems"/>) giving the same ids on every engine, composed by EF.
/// </summary>
public abstract class DocumentSearchTests(SearchTests.EngineFixture fixture)
{
    private readonly PortalFactory _factory = fixture.Factory;

    [Theory]
    [InlineData("101/2026/QĐ-UBND", "Khuê Vănzq")]
    [InlineData("1011/2026/QĐ-UBND", "khue vanzq")]
    [InlineData("1012/2026/QĐ-UBND", "KHUÊ VĂNZQ")]
    public async Task ADocumentIsFoundByWordsOfItsAbstractDiacriticsOptional(string number, string query)
    {
        var id = await AddAsync(_factory, new Spec(number, "Về việc công nhận di tích Khuê Vănzq cấp tỉnh"));

        Assert.Contains((LegalDocumentSearchSource.Name, id), await SearchAsync(query));
    }

    [Theory]
    [InlineData("102/2026/QĐ-STP", "102/2026/QĐ-STP")]
    [InlineData("1021/2026/QĐ-STP", "1021 2026 qd stp")]
    [InlineData("1022/2026/QĐ-STP", "1022/2026/qđ-stp")]
    public async Task ADocumentIsFoundByItsNumberHoweverTyped(string number, string query)
    {
        var id = await AddAsync(_factory, new Spec(number, "Về việc ban hành quy chế phối hợp"));

        Assert.Equal((LegalDocumentSearchSource.Name, id), (await SearchAsync(query))[0]);
    }

    [Fact]
    public async Task ADocumentIsFoundByWordsOfItsFilesText()
    {
        var id = await AddAsync(_factory, new Spec("103/2026/QĐ-UBND", "Về việc giao chỉ tiêu",
            FileText: "Điều 1. Giao chỉ tiêu trồng rừng cho xã Phước Lộczq. Điều 2. Hiệu lực thi hành."));

        Assert.Contains((LegalDocumentSearchSource.Name, id), await SearchAsync("phuoc loczq"));
        Assert.Contains((LegalDocumentSearchSource.Name, id), await SearchAsync("\"trong rung cho xa phuoc loczq\""));
        Assert.Empty(await SearchAsync("\"phuoc loczq trong rung\""));
    }

    [Fact]
    public async Task ADraftOrAScheduledDocumentIsNotFoundButTheListsWordFilterHasIt()
    {
        var draft = await AddAsync(_factory, new Spec("104/2026/QĐ-UBND", "Dự thảo về Ngạc Lĩnhzq", Status: PublicationStatus.Draft));
        var scheduled = await AddAsync(_factory, new Spec("105/2026/QĐ-UBND", "Sắp đăng về Ngạc Lĩnhzq", PublishedDaysAgo: -3));

        Assert.Empty(await SearchAsync("ngac linhzq"));
        Assert.Empty(await SearchAsync("105/2026/QĐ-UBND"));
        Assert.Equal([draft, scheduled], (await MatchingAsync("ngac linhzq")).Order());
    }

    [Fact]
    public async Task TheKindFiltersArticlesAndDocuments()
    {
        var document = await AddAsync(_factory, new Spec("106/2026/QĐ-UBND", "Về đê bao Tràm Chimzq"));
        var article = await AddArticleAsync(_factory, "Tin về đê bao", "Nói về Tràm Chimzq.");

        Assert.Equal([(LegalDocumentSearchSource.Name, document), (ArticleSearchSource.Name, article)], await SearchAsync("tram chimzq"));
        Assert.Equal([(LegalDocumentSearchSource.Name, document)], await SearchAsync("tram chimzq", LegalDocumentSearchSource.Name));
        Assert.Equal([(ArticleSearchSource.Name, article)], await SearchAsync("tram chimzq", ArticleSearchSource.Name));
    }

    [Fact]
    public async Task TheWordFilterGivesTheDocumentsHoldingEveryWordAndPhraseOnly()
    {
        var both = await AddAsync(_factory, new Spec("107/2026/QĐ-UBND", "Về Hồ Lắkzq", FileText: "Bảo tồn cảnh quan Bản Đônzq."));
        var one = await AddAsync(_factory, new Spec("108/2026/QĐ-UBND", "Về Hồ Lắkzq và du lịch"));
        var other = await AddAsync(_factory, new Spec("109/2026/QĐ-UBND", "Về Bản Đônzq"));
        // An article holding both words is not a document: the filter is of one kind.
        await AddArticleAsync(_factory, "Hồ Lắkzq và Bản Đônzq", "Du lịch.");

        Assert.Equal([both, one], (await MatchingAsync("ho lakzq")).Order());
        Assert.Equal([both], await MatchingAsync("hồ lắkzq bản đônzq"));
        Assert.Equal([both, other], (await MatchingAsync("\"ban donzq\"")).Order());
        Assert.Equal([both], await MatchingAsync("\"canh quan ban donzq\""));
        Assert.Empty(await MatchingAsync("\"donzq ban\""));
        Assert.Empty(await MatchingAsync("ho lakzq khongcotunay"));
    }

    [Fact]
    public async Task AWordThatIsAKindsNameMatchesTheTextNotTheKind()
    {
        var named = await AddAsync(_factory, new Spec("114/2026/QĐ-UBND", "Về Document Ô Mônzq"));
        var other = await AddAsync(_factory, new Spec("115/2026/QĐ-UBND", "Về article Ô Mônzq"));

        Assert.Equal([named], await MatchingAsync("document o monzq"));
        Assert.Equal([other], await MatchingAsync("\"article o monzq\""));
        Assert.Equal([named, other], (await MatchingAsync("o monzq")).Order());
    }

    [Fact]
    public async Task TheWordFilterComposesIntoTheListsQueryTwiceOver()
    {
        var published = await AddAsync(_factory, new Spec("110/2026/QĐ-UBND", "Về Cồn Phụngzq", FileText: "Khu du lịch Cồn Phụngzq."));
        await AddAsync(_factory, new Spec("111/2026/QĐ-UBND", "Dự thảo về Cồn Phụngzq", Status: PublicationStatus.Draft));
        await using var scope = _factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var search = scope.ServiceProvider.GetRequiredService<ISearch>();
        var now = PortalFactory.Now.UtcDateTime;

        // As the list runs it: the visible documents among the matches, a page and a count in one statement each,
        // the filter twice in one statement (a facet's count beside the total).
        var matching = search.MatchingItems(SearchQuery.Parse("con phungzq"), LegalDocumentSearchSource.Name);
        var list = db.LegalDocuments.Where(LegalDocumentVisibility.VisibleAt(now)).Where(d => matching.Contains(d.Id));
        var both = db.LegalDocuments.Where(d => matching.Contains(d.Id))
            .Select(d => new { d.Id, Again = db.LegalDocuments.Count(e => matching.Contains(e.Id) && e.IssuerId == d.IssuerId) });

        Assert.Equal([published], await list.OrderByDescending(d => d.PublishedAt).Select(d => d.Id).ToListAsync());
        Assert.Equal(1, await list.CountAsync());
        Assert.Equal(2, (await both.ToListAsync()).Count);
        Assert.All(await both.ToListAsync(), row => Assert.Equal(2, row.Again));
        Assert.Contains(ExpectedSql, list.ToQueryString(), StringComparison.Ordinal);
    }

    /// <summary>A fragment of the SQL each engine's filter is made of: the index the engine reads.</summary>
    protected abstract string ExpectedSql { get; }

    [Fact]
    public async Task TheStartUpBackfillIndexesADocumentWrittenAroundThePortal()
    {
        var id = await AddAsync(_factory, new Spec("113/2026/QĐ-UBND", "Về Vàm Cỏzq", FileText: "Sông Vàm Cỏzq."));
        await _factory.WithDbAsync(db => db.SearchDocuments.Where(d => d.Kind == LegalDocumentSearchSource.Name && d.ItemId == id).ExecuteDeleteAsync());
        Assert.Empty(await SearchAsync("vam cozq"));

        await using (var scope = _factory.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<SearchIndexBackfill>().IndexMissingAsync();
        }

        Assert.Equal([(LegalDocumentSearchSource.Name, id)], await SearchAsync("vam cozq"));
        Assert.Equal([id], await MatchingAsync("song vam cozq"));
        Assert.Equal(await _factory.WithDbAsync(db => db.LegalDocuments.CountAsync()),
            await _factory.WithDbAsync(db => db.SearchDocuments.CountAsync(d => d.Kind == LegalDocumentSearchSource.Name)));
    }

    [Fact]
    public async Task AnEmptyQueryMatchesEveryDocumentAndAnUnknownKindIsRefused()
    {
        var id = await AddAsync(_factory, new Spec("112/2026/QĐ-UBND", "Về việc bất kỳ"));
        await using var scope = _factory.Services.CreateAsyncScope();
        var search = scope.ServiceProvider.GetRequiredService<ISearch>();

        Assert.Contains(id, await search.MatchingItems(SearchQuery.Parse("  \" * - "), LegalDocumentSearchSource.Name).ToListAsync());
        Assert.ThrowsAny<InvalidOperationException>(() => search.MatchingItems(SearchQuery.Parse("ho"), "nokind").ToList());
    }

    private async Task<List<(string Kind, int Id)>> SearchAsync(string query, string? kind = null)
    {
        await using var scope = _factory.Services.CreateAsyncScope();
        var results = await scope.ServiceProvider.GetRequiredService<ISearch>().SearchAsync(SearchQuery.Parse(query), 1, 50, kind);
        return [.. results.Items.Select(h => (h.Kind, h.Id))];
    }

    private async Task<List<int>> MatchingAsync(string query)
    {
        await using var scope = _factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ISearch>().MatchingItems(SearchQuery.Parse(query), LegalDocumentSearchSource.Name).ToListAsync();
    }
}

/// <summary>The database's own engine: FTS5 on SQLite, the tsvector on PostgreSQL.</summary>
public sealed class DocumentSearchOwnEngineTests(DocumentSearchOwnEngineTests.Fixture fixture)
    : DocumentSearchTests(fixture), IClassFixture<DocumentSearchOwnEngineTests.Fixture>
{
    public sealed class Fixture() : SearchTests.EngineFixture(TestDatabase.RunProvider == DatabaseProvider.PostgreSQL ? "PostgreSql" : "Fts5");

    protected override string ExpectedSql => TestDatabase.RunProvider == DatabaseProvider.PostgreSQL ? "\"Words\" @@" : "\"SearchIndex\" MATCH";
}

public sealed class DocumentSearchTermIndexTests(DocumentSearchTermIndexTests.Fixture fixture)
    : DocumentSearchTests(fixture), IClassFixture<DocumentSearchTermIndexTests.Fixture>
{
    public sealed class Fixture() : SearchTests.EngineFixture("TermIndex");

    protected override string ExpectedSql => "\"SearchTerms\"";
}
