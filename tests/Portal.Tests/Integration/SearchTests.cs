using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Web.Articles;
using Portal.Web.Data;
using Portal.Web.Publishing;

namespace Portal.Tests.Integration;

/// <summary>
/// Search as citizens use it, on the seeded portal. The same tests run against each engine: the database's own
/// (SQLite's FTS5, PostgreSQL's tsvector), and the inverted word index that SQL Server uses.
/// </summary>
public abstract class SearchTests(SearchTests.EngineFixture fixture)
{
    /// <summary>One portal per engine for the whole class: the tests that add articles use words of their own.</summary>
    public abstract class EngineFixture : IDisposable
    {
        protected EngineFixture(string engine) => Factory.Settings["Portal:Search:Engine"] = engine;

        public PortalFactory Factory { get; } = new();

        public void Dispose()
        {
            Factory.Dispose();
            GC.SuppressFinalize(this);
        }
    }

    private readonly PortalFactory _factory = fixture.Factory;

    [Theory]
    [InlineData("hoi nghi dan van")]
    [InlineData("HỘI NGHỊ dân vận")]
    [InlineData("hội nghị dân vận")]
    [InlineData("Hội Nghị DÂN VẬN")]
    public async Task DiacriticsAndCaseDoNotMatter(string query)
    {
        var titles = await TitlesAsync(query);

        Assert.Contains("Hội nghị trực tuyến tổng kết công tác Dân vận toàn quốc năm 2018", titles);
        Assert.Equal(await TitlesAsync("hoi nghi dan van"), titles);
    }

    [Fact]
    public async Task DStrokeMatchesD()
    {
        Assert.Contains("Hội nghị trực tuyến tổng kết công tác Dân vận toàn quốc năm 2018", await TitlesAsync("Dieu K're"));
        Assert.Equal(await TitlesAsync("đảng"), await TitlesAsync("DANG"));
        Assert.NotEmpty(await TitlesAsync("Đảng"));
    }

    [Fact]
    public async Task EveryWordMustMatch()
    {
        Assert.NotEmpty(await TitlesAsync("hoi nghi"));
        Assert.Empty(await TitlesAsync("hoi nghi khongcotu"));
    }

    [Fact]
    public async Task AQuotedPhraseMatchesOnlyAsAPhrase()
    {
        var phrase = await TitlesAsync("\"dan van kheo\"");
        var reversed = await TitlesAsync("\"kheo dan van\"");
        var words = await TitlesAsync("kheo dan van");

        Assert.NotEmpty(phrase);
        Assert.Empty(reversed);
        Assert.Superset(phrase.ToHashSet(), words.ToHashSet());
    }

    [Fact]
    public async Task TitleMatchesComeFirstThenNewerBeforeOlder()
    {
        var now = PortalFactory.Now.UtcDateTime;
        await AddAsync("Zanzibarit trong tiêu đề, bài cũ", "Nội dung không nói gì.", now.AddDays(-30));
        await AddAsync("Bài mới, từ khóa chỉ ở thân bài", "Đây là zanzibarit trong nội dung.", now.AddDays(-1));
        await AddAsync("Zanzibarit trong tiêu đề, bài mới hơn", "Nội dung không nói gì.", now.AddDays(-10));

        var titles = await TitlesAsync("zanzibarit");

        Assert.Equal(["Zanzibarit trong tiêu đề, bài mới hơn", "Zanzibarit trong tiêu đề, bài cũ", "Bài mới, từ khóa chỉ ở thân bài"], titles);
    }

    [Fact]
    public async Task ATitleHoldingTheWholePhraseComesBeforeOneHoldingItsWordsApart()
    {
        var now = PortalFactory.Now.UtcDateTime;
        await AddAsync("Hội nghị zorblat quimvex toàn tỉnh", "Nội dung.", now.AddDays(-20));
        await AddAsync("Quimvex của các zorblat", "Nội dung.", now.AddDays(-2));
        await AddAsync("Tin mới nhất", "Về zorblat quimvex trong thân bài.", now.AddDays(-1));

        Assert.Equal(["Hội nghị zorblat quimvex toàn tỉnh", "Quimvex của các zorblat", "Tin mới nhất"], await TitlesAsync("zorblat quimvex"));
        // A quoted query is one phrase already: title matches, newest first.
        Assert.Equal(["Hội nghị zorblat quimvex toàn tỉnh", "Tin mới nhất"], await TitlesAsync("\"zorblat quimvex\""));
        Assert.Contains("dân vận", (await TitlesAsync("dan van"))[0].ToLowerInvariant(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task OnlyPublishedArticlesWhoseTimeHasComeAreFound()
    {
        var now = PortalFactory.Now.UtcDateTime;
        await AddAsync("Bài nháp về quokkaxyz", "quokkaxyz", null, PublicationStatus.Draft);
        await AddAsync("Bài hẹn giờ về quokkaxyz", "quokkaxyz", now.AddMinutes(5));
        await AddAsync("Bài đã gỡ về quokkaxyz", "quokkaxyz", now.AddDays(-1), PublicationStatus.Unpublished);

        Assert.Empty(await TitlesAsync("quokkaxyz"));
        _factory.Clock.Advance(TimeSpan.FromMinutes(5));
        Assert.Equal(["Bài hẹn giờ về quokkaxyz"], await TitlesAsync("quokkaxyz"));
    }

    [Fact]
    public async Task TheIndexFollowsEditsAndDeletions()
    {
        var id = await AddAsync("Tên cũ wombatxyz", "Thân bài.", PortalFactory.Now.UtcDateTime.AddDays(-1));
        await using (var scope = _factory.Services.CreateAsyncScope())
        {
            var articles = scope.ServiceProvider.GetRequiredService<ArticleService>();
            var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
            var article = await db.Articles.SingleAsync(a => a.Id == id);
            var result = await articles.SaveAsync(id, ArticleContent.Of(article) with { Title = "Tên mới numbatxyz" }, article.Version, false, new NewsroomUser("test@portal.test", true));
            Assert.IsType<Portal.Web.Editing.SaveResult<Article>.Saved>(result);
        }
        Assert.Empty(await TitlesAsync("wombatxyz"));
        Assert.Equal(["Tên mới numbatxyz"], await TitlesAsync("numbatxyz"));

        await _factory.WithDbAsync(db => db.Articles.Where(a => a.Id == id).ExecuteDeleteAsync());
        Assert.Empty(await TitlesAsync("numbatxyz"));
    }

    [Fact]
    public async Task TheTotalFollowsPublishingUnpublishingAndTheClockAtOnce()
    {
        const string Word = "okapiwomb";
        // A portal of its own: this test moves the clock on.
        using var factory = new PortalFactory { Settings = { ["Portal:Search:Engine"] = _factory.Settings["Portal:Search:Engine"] } };
        async Task<int> TotalAsync()
        {
            await using var scope = factory.Services.CreateAsyncScope();
            return (await scope.ServiceProvider.GetRequiredService<Portal.Web.Search.ISearch>()
                .SearchAsync(Portal.Web.Search.SearchQuery.Parse(Word), 1, 10)).Total;
        }
        Assert.Equal(0, await TotalAsync());

        int id;
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
            var article = await scope.ServiceProvider.GetRequiredService<ArticleService>().AddAsync(new ArticleDraft(
                $"Bài về {Word}", "", "Thân bài.", "Hải Đăng", (await db.Categories.FirstAsync()).Id, PublicationStatus.Published, PortalFactory.Now.UtcDateTime.AddDays(-1)));
            await db.SaveChangesAsync();
            id = article.Id;
        }
        Assert.Equal(1, await TotalAsync());

        await factory.WithDbAsync(db => db.Articles.Where(a => a.Id == id).ExecuteUpdateAsync(u => u.SetProperty(a => a.Status, PublicationStatus.Unpublished)));
        Assert.Equal(0, await TotalAsync());

        var inAnHour = PortalFactory.Now.UtcDateTime.AddHours(1);
        await factory.WithDbAsync(db => db.Articles.Where(a => a.Id == id).ExecuteUpdateAsync(u => u
            .SetProperty(a => a.Status, PublicationStatus.Published).SetProperty(a => a.PublishedAt, inAnHour)));
        Assert.Equal(0, await TotalAsync());

        factory.Clock.Advance(TimeSpan.FromHours(2));
        Assert.Equal(1, await TotalAsync());

        await factory.WithDbAsync(db => db.Articles.Where(a => a.Id == id).ExecuteDeleteAsync());
        Assert.Equal(0, await TotalAsync());
    }

    [Fact]
    public async Task MatchedWordsAreHighlightedInAShortSnippetWithTheirDiacritics()
    {
        using var browser = _factory.CreateBrowser();

        var html = await browser.GetStringAsync("/search?q=" + Uri.EscapeDataString("nang luc canh tranh"));

        Assert.Contains("<mark>năng lực cạnh tranh</mark>", html);
        Assert.Contains("Hội nghị trực tuyến tổng kết", html);
    }

    [Fact]
    public async Task ResultsArePaged()
    {
        using var browser = _factory.CreateBrowser();

        var first = Html.Text(await browser.GetStringAsync("/search?q=tinh"));
        var second = await browser.GetAsync("/search?q=tinh&trang=2");

        Assert.Contains("Trang 1 /", first);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Contains("Trang 2 /", Html.Text(await second.Content.ReadAsStringAsync()));
    }

    public static TheoryData<string> HostileQueries => new()
    {
        "\"", "\"\"", "*", "(", ")", "NEAR", "NEAR(hoi nghi)", "AND", "OR", "NOT", "-", "- hoi", "hoi -nghi", "hoi*", "\"hoi nghi",
        "Title:hoi", "{Title}: hoi", "^hoi", "hoi + nghi", "' OR 1=1 --", "'; DROP TABLE \"Articles\"; --", "%", "_", "\\",
        "   ", "\t\n", "<script>alert(1)</script>", "🇻🇳 ☃", new string('a', 1000), string.Join(' ', Enumerable.Repeat("hoi", 250)),
    };

    [Theory]
    [MemberData(nameof(HostileQueries))]
    public async Task AnyQueryGivesResultsOrNoneButNeverAnError(string query)
    {
        using var browser = _factory.CreateBrowser();

        var response = await browser.GetAsync("/search?q=" + Uri.EscapeDataString(query));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain("<script>alert(1)</script>", await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("/search?q=%00")]                // a NUL is never text: refused everywhere, before any query
    [InlineData("/search?q=hoi&trang=0")]
    [InlineData("/search?q=hoi&trang=abc")]
    [InlineData("/search?q=hoi&trang=-1")]
    public async Task ABadPageNumberOrANulIsABadRequest(string path)
    {
        using var browser = _factory.CreateBrowser();
        Assert.Equal(HttpStatusCode.BadRequest, (await browser.GetAsync(path)).StatusCode);
    }

    [Fact]
    public async Task AnOverlongQueryOrBrokenEncodingIsABadRequestOrHandled()
    {
        using var browser = _factory.CreateBrowser();

        Assert.Equal(HttpStatusCode.BadRequest, (await browser.GetAsync("/search?q=" + new string('a', 1001))).StatusCode);
        var broken = await browser.GetAsync("/search?q=%E0%A4%A&x=%ZZ%");
        Assert.True(broken.StatusCode is HttpStatusCode.OK or HttpStatusCode.BadRequest, $"{(int)broken.StatusCode}");
    }

    [Fact]
    public async Task EveryPublicPageHasTheSearchBox()
    {
        using var browser = _factory.CreateBrowser();
        foreach (var path in new[] { "/", "/chuyen-muc/kinh-te-dau-tu", "/search" })
        {
            Assert.Contains("<form method=\"get\" action=\"/search\" class=\"header-search\" role=\"search\">", await browser.GetStringAsync(path));
        }
    }

    private async Task<List<string>> TitlesAsync(string query)
    {
        await using var scope = _factory.Services.CreateAsyncScope();
        var search = scope.ServiceProvider.GetRequiredService<Portal.Web.Search.ISearch>();
        var results = await search.SearchAsync(Portal.Web.Search.SearchQuery.Parse(query), 1, 50);
        return results.Items.Select(h => h.Title).ToList();
    }

    private async Task<int> AddAsync(string title, string body, DateTime? publishedAt, PublicationStatus status = PublicationStatus.Published)
    {
        await using var scope = _factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var category = await db.Categories.FirstAsync();
        var article = await scope.ServiceProvider.GetRequiredService<ArticleService>()
            .AddAsync(new ArticleDraft(title, "", body, "Tác giả", category.Id, status, publishedAt));
        await db.SaveChangesAsync();
        return article.Id;
    }
}

/// <summary>The database's own engine: FTS5 on SQLite, its full-text engine (a tsvector) on PostgreSQL.</summary>
public sealed class OwnEngineSearchTests(OwnEngineSearchTests.Fixture fixture) : SearchTests(fixture), IClassFixture<OwnEngineSearchTests.Fixture>
{
    public sealed class Fixture() : EngineFixture(TestDatabase.RunProvider == DatabaseProvider.PostgreSQL ? "PostgreSql" : "Fts5");
}

public sealed class TermIndexSearchTests(TermIndexSearchTests.Fixture fixture) : SearchTests(fixture), IClassFixture<TermIndexSearchTests.Fixture>
{
    public sealed class Fixture() : EngineFixture("TermIndex");
}
