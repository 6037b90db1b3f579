using System.Net;
using System.ServiceModel.Syndication;
using System.Text.Json;
using System.Text.RegularExpressions;
using System.Xml;
using System.Xml.Linq;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Web.Articles;
using Portal.Web.Data;
using Portal.Web.Publishing;

namespace Portal.Tests.Integration;

/// <summary>What other tools read: RSS, the sitemap, robots.txt, and each page's metadata.</summary>
public sealed partial class FeedsAndMetadataTests(FeedsAndMetadataTests.Fixture fixture) : IClassFixture<FeedsAndMetadataTests.Fixture>
{
    public sealed class Fixture : IDisposable
    {
        public PortalFactory Factory { get; } = new();

        public void Dispose() => Factory.Dispose();
    }

    private static readonly XNamespace Sitemap = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private readonly PortalFactory _factory = fixture.Factory;

    [Theory]
    [InlineData("/feed.xml", "application/rss+xml")]
    [InlineData("/chuyen-muc/hoat-dong-so-ban-nganh/feed.xml", "application/rss+xml")]
    [InlineData("/sitemap.xml", "application/xml")]
    [InlineData("/sitemap-1.xml", "application/xml")]
    [InlineData("/robots.txt", "text/plain")]
    public async Task FeedReadersAndLinkCheckersMayAskWithHeadButNotPost(string path, string type)
    {
        using var reader = _factory.CreateBrowser();

        var head = await reader.SendAsync(new HttpRequestMessage(HttpMethod.Head, path));
        var post = await reader.PostAsync(path, new StringContent(""));

        Assert.Equal(HttpStatusCode.OK, head.StatusCode);
        Assert.Equal(type, head.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.MethodNotAllowed, post.StatusCode);
    }

    [Fact]
    public async Task TheSiteFeedIsRss2WithTheNewestArticlesAbsoluteLinksAndRfc822Dates()
    {
        using var reader = _factory.CreateBrowser();
        var response = await reader.GetAsync("/feed.xml");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/rss+xml", response.Content.Headers.ContentType?.MediaType);
        var xml = await response.Content.ReadAsStringAsync();
        Assert.Matches("<pubDate>[A-Z][a-z]{2}, \\d{2} [A-Z][a-z]{2} \\d{4} \\d{2}:\\d{2}:\\d{2} GMT</pubDate>", xml);
        var feed = SyndicationFeed.Load(XmlReader.Create(new StringReader(xml)));
        var items = feed.Items.ToList();
        Assert.Equal(20, items.Count);
        var newest = await NewestPublishedAsync();
        // A reader takes the title and summary as HTML (FeedReadersShowPayloadsAsText): decoded, they are the article's.
        Assert.Equal(newest.Title, WebUtility.HtmlDecode(items[0].Title.Text));
        Assert.Equal(new DateTimeOffset(newest.PublishedAt!.Value), items[0].PublishDate);
        Assert.Equal(newest.Summary, WebUtility.HtmlDecode(items[0].Summary.Text));
        Assert.Equal($"http://localhost/bai-viet/{newest.Id}/{newest.Slug}", items[0].Links.Single().Uri.ToString());
        Assert.All(items, i => Assert.True(i.Links[0].Uri.IsAbsoluteUri));
    }

    [Fact]
    public async Task EachCategoryHasItsOwnFeed()
    {
        using var reader = _factory.CreateBrowser();

        var feed = SyndicationFeed.Load(XmlReader.Create(await reader.GetStreamAsync("/chuyen-muc/hoat-dong-so-ban-nganh/feed.xml")));

        Assert.Contains(feed.Items, i => i.Title.Text == "Hội nghị trực tuyến tổng kết công tác Dân vận toàn quốc năm 2018");
        Assert.All(feed.Items, i => Assert.Contains(i.Categories, c => c.Name == "Hoạt động Sở - Ban - Ngành"));
        Assert.Equal(HttpStatusCode.NotFound, (await reader.GetAsync("/chuyen-muc/khong-co/feed.xml")).StatusCode);
    }

    [Fact]
    public async Task TheSitemapListsEveryPublishedArticleAndCategoryWithLastmodAndFollowsPublication()
    {
        using var reader = _factory.CreateBrowser();
        var (scheduledId, scheduledSlug) = await AddScheduledAsync();

        var before = await LocationsAsync(reader);
        var published = await _factory.WithDbAsync(db => db.Articles.Where(a => a.Status == PublicationStatus.Published && a.PublishedAt <= PortalFactory.Now.UtcDateTime).Select(a => new { a.Id, a.Slug }).ToListAsync());
        foreach (var article in published)
        {
            Assert.Contains($"http://localhost/bai-viet/{article.Id}/{article.Slug}", before.Keys);
        }
        Assert.Contains("http://localhost/chuyen-muc/kinh-te-dau-tu", before.Keys);
        Assert.All(before.Values, lastmod => Assert.Matches("^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z$", lastmod));
        Assert.DoesNotContain($"http://localhost/bai-viet/{scheduledId}/{scheduledSlug}", before.Keys);

        _factory.Clock.Advance(TimeSpan.FromHours(2));
        Assert.Contains($"http://localhost/bai-viet/{scheduledId}/{scheduledSlug}", (await LocationsAsync(reader)).Keys);

        // Through the context, as the newsroom saves: the save evicts the cached sitemap.
        await _factory.WithDbAsync(async db =>
        {
            var article = await db.Articles.SingleAsync(a => a.Id == scheduledId);
            article.Status = PublicationStatus.Unpublished;
            return await db.SaveChangesAsync();
        });
        Assert.DoesNotContain($"http://localhost/bai-viet/{scheduledId}/{scheduledSlug}", (await LocationsAsync(reader)).Keys);
    }

    [Fact]
    public async Task RobotsTxtPointsToTheSitemapAndKeepsCrawlersOutOfTheNewsroom()
    {
        using var reader = _factory.CreateBrowser();

        var robots = await reader.GetStringAsync("/robots.txt");

        Assert.Contains("Sitemap: http://localhost/sitemap.xml", robots);
        Assert.Contains("Disallow: /admin", robots);
    }

    [Fact]
    public async Task TheArticlePageCarriesCanonicalOpenGraphAndNewsArticleJsonLd()
    {
        var article = await NewestPublishedAsync();
        using var reader = _factory.CreateBrowser();

        var html = await reader.GetStringAsync($"/bai-viet/{article.Id}/{article.Slug}");

        var url = $"http://localhost/bai-viet/{article.Id}/{article.Slug}";
        Assert.Contains($"<link rel=\"canonical\" href=\"{url}\">", html);
        Assert.Contains($"<meta property=\"og:url\" content=\"{url}\">", html);
        Assert.Contains("<meta property=\"og:type\" content=\"article\">", html);
        Assert.Contains("<meta name=\"description\"", html);
        using var jsonLd = JsonDocument.Parse(JsonLdRegex().Match(html).Groups[1].Value);
        Assert.Equal("NewsArticle", jsonLd.RootElement.GetProperty("@type").GetString());
        Assert.Equal(article.Title, jsonLd.RootElement.GetProperty("headline").GetString());
        Assert.Equal(url, jsonLd.RootElement.GetProperty("mainEntityOfPage").GetString());
        Assert.Equal(article.Author, jsonLd.RootElement.GetProperty("author").GetProperty("name").GetString());
    }

    [Fact]
    public async Task AHostileTitleCannotCloseTheJsonLdScript()
    {
        const string Title = "</script><script>alert(1)</script> & \"trích dẫn\"";
        int id;
        string slug;
        await using (var scope = _factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
            var article = await scope.ServiceProvider.GetRequiredService<ArticleService>()
                .AddAsync(new ArticleDraft(Title, Title, "Thân bài.", Title, (await db.Categories.FirstAsync()).Id, PublicationStatus.Published, PortalFactory.Now.UtcDateTime.AddDays(-1)));
            await db.SaveChangesAsync();
            (id, slug) = (article.Id, article.Slug);
        }
        using var reader = _factory.CreateBrowser();

        var html = await reader.GetStringAsync($"/bai-viet/{id}/{slug}");
        var feed = await reader.GetStringAsync("/feed.xml");

        Assert.DoesNotContain("<script>alert(1)</script>", html);
        using var jsonLd = JsonDocument.Parse(JsonLdRegex().Match(html).Groups[1].Value);
        Assert.Equal(Title, jsonLd.RootElement.GetProperty("headline").GetString());
        Assert.DoesNotContain("<script>alert(1)</script>", feed);
        Assert.Contains(SyndicationFeed.Load(XmlReader.Create(new StringReader(feed))).Items, i => WebUtility.HtmlDecode(i.Title.Text) == Title);
    }

    [Theory]
    [InlineData("/", "http://localhost/")]
    [InlineData("/chuyen-muc/kinh-te-dau-tu", "http://localhost/chuyen-muc/kinh-te-dau-tu")]
    [InlineData("/chuyen-muc/kinh-te-dau-tu?trang=1&utm_source=x", "http://localhost/chuyen-muc/kinh-te-dau-tu")]
    public async Task EveryPublicPageHasACanonicalLinkTitleAndDescription(string path, string canonical)
    {
        using var reader = _factory.CreateBrowser();

        var html = await reader.GetStringAsync(path);

        Assert.Contains($"<link rel=\"canonical\" href=\"{canonical}\">", html);
        Assert.Matches("<title>[^<]+</title>", html);
        Assert.Contains("<meta name=\"description\"", html);
        Assert.Contains("<meta property=\"og:title\"", html);
    }

    private static async Task<Dictionary<string, string>> LocationsAsync(HttpClient reader)
    {
        var sitemap = XDocument.Parse(await reader.GetStringAsync("/sitemap.xml"));
        return sitemap.Root!.Elements(Sitemap + "url").ToDictionary(u => u.Element(Sitemap + "loc")!.Value, u => u.Element(Sitemap + "lastmod")?.Value ?? "");
    }

    private Task<Article> NewestPublishedAsync() => _factory.WithDbAsync(db => db.Articles
        .Where(a => a.Status == PublicationStatus.Published && a.PublishedAt <= PortalFactory.Now.UtcDateTime)
        .OrderByDescending(a => a.PublishedAt).ThenByDescending(a => a.Id).FirstAsync());

    private async Task<(int, string)> AddScheduledAsync()
    {
        await using var scope = _factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var article = await scope.ServiceProvider.GetRequiredService<ArticleService>()
            .AddAsync(new ArticleDraft("Bài hẹn giờ cho sơ đồ trang", "", "Thân bài.", "Tác giả", (await db.Categories.FirstAsync()).Id, PublicationStatus.Published, _factory.Clock.GetUtcNow().UtcDateTime.AddHours(1)));
        await db.SaveChangesAsync();
        return (article.Id, article.Slug);
    }

    [GeneratedRegex("<script type=\"application/ld\\+json\">(.*?)</script>", RegexOptions.Singleline)]
    private static partial Regex JsonLdRegex();
}
