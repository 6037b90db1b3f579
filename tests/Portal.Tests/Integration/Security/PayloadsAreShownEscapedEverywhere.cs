using System.Net;
using System.Text.Json;
using System.Xml.Linq;
using AngleSharp.Dom;
using Portal.Tests.Security;

namespace Portal.Tests.Integration.Security;

/// <summary>
/// Every XSS payload, stored as titles, summaries, authors, category and site-link names, comes back as text on
/// every page that shows it: parsed as a browser would, no page holds an element, handler or address a payload
/// made, and the payload's exact text is there to read. The feeds and sitemap stay well-formed XML; the JSON-LD
/// block stays JSON holding the exact title.
/// </summary>
[Trait("Database", "SqliteOnly")] // what it checks is the rendering of stored text, which no provider changes
public sealed class PayloadsAreShownEscapedEverywhere(HostileNewsroom newsroom) : IClassFixture<HostileNewsroom>
{
    private readonly List<string> _problems = [];

    [Fact]
    public async Task OnArticlePagesTheirPrintViewsAndJsonLd()
    {
        using var citizen = newsroom.Factory.CreateBrowser();
        foreach (var article in newsroom.Articles)
        {
            var address = $"/bai-viet/{article.Id}/{article.Slug}";
            var page = await PageAsync(citizen, address);
            ExpectText(address, "h1", page.QuerySelector("h1")?.TextContent, article.Title);
            ExpectText(address, "title", page.QuerySelector("title")?.TextContent, article.Title, whole: false);
            ExpectText(address, "og:title", page.QuerySelector("meta[property='og:title']")?.GetAttribute("content"), article.Title);
            ExpectText(address, "og:description", page.QuerySelector("meta[property='og:description']")?.GetAttribute("content"), article.Payload);
            ExpectText(address, "author", page.QuerySelector("main")?.TextContent, article.Payload, whole: false);
            var jsonLd = page.QuerySelectorAll("script[type='application/ld+json']");
            if (jsonLd.Length != 1)
            {
                _problems.Add($"{address}: {jsonLd.Length} JSON-LD blocks");
                continue;
            }
            using var json = JsonDocument.Parse(jsonLd[0].TextContent);
            Expect(address, "JSON-LD headline", json.RootElement.GetProperty("headline").GetString(), article.Title);
            Expect(address, "JSON-LD author", json.RootElement.GetProperty("author").GetProperty("name").GetString(), article.Payload);

            var print = await PageAsync(citizen, address + "/ban-in");
            ExpectText(address + "/ban-in", "h1", print.QuerySelector("h1")?.TextContent, article.Title);
        }
        AssertNoProblems();
    }

    [Fact]
    public async Task OnTheHomePageCategoryPagesAndSearchResults()
    {
        using var citizen = newsroom.Factory.CreateBrowser();
        var home = await PageAsync(citizen, "/");
        foreach (var article in newsroom.Articles)
        {
            // Every page's navigation names every category, and its sidebar every site link.
            ExpectText("/", "navigation and sidebar", home.Body?.TextContent, article.Payload, whole: false);
            var address = $"/chuyen-muc/{article.CategorySlug}";
            var category = await PageAsync(citizen, address);
            ExpectText(address, "h1", category.QuerySelector("h1")?.TextContent, article.Payload);
            ExpectText(address, "article list", category.QuerySelector("main")?.TextContent, article.Title, whole: false);
        }
        foreach (var words in new[] { "alert", "script", "javascript", "onerror", "img src x", "svg", "iframe", "example com" })
        {
            for (var page = 1; page <= 3; page++)
            {
                var results = await PageAsync(citizen, $"/search?q={Uri.EscapeDataString(words)}&trang={page}");
                if (page == 1 && results.QuerySelectorAll(".search-results li").Length == 0)
                {
                    _problems.Add($"search for {words} found nothing");
                }
            }
        }
        AssertNoProblems();
    }

    [Fact]
    public async Task InTheFeedsAndTheSitemap()
    {
        // What a feed reader shows of each payload is FeedReadersShowPayloadsAsText's; here every feed stays XML.
        using var reader = newsroom.Factory.CreateBrowser();
        Assert.NotEmpty((await XmlAsync(reader, "/feed.xml")).Descendants("item"));
        foreach (var article in newsroom.Articles)
        {
            Assert.Single((await XmlAsync(reader, $"/chuyen-muc/{article.CategorySlug}/feed.xml")).Descendants("item"));
        }
        var sitemap = await XmlAsync(reader, "/sitemap.xml");
        Assert.Contains(sitemap.Descendants().Where(e => e.Name.LocalName == "loc"), loc => loc.Value.EndsWith($"/bai-viet/{newsroom.Articles[^1].Id}/{newsroom.Articles[^1].Slug}", StringComparison.Ordinal));
        AssertNoProblems();
    }

    [Fact]
    public async Task OnTheNewsroomsPages()
    {
        var administrator = newsroom.Administrator;
        foreach (var address in new[] { "/admin", "/admin/articles", "/admin/articles?state=Submitted", "/admin/articles?page=2", "/admin/articles?page=3", "/admin/categories", "/admin/sitelinks", "/admin/audit" })
        {
            await PageAsync(administrator, address);
        }
        var dashboard = await PageAsync(administrator, "/admin");
        ExpectText("/admin", "waiting article", dashboard.QuerySelector("main")?.TextContent, XssCorpus.Payloads[0], whole: false);
        foreach (var article in newsroom.Articles)
        {
            var edit = await PageAsync(administrator, $"/admin/articles/edit/{article.Id}");
            ExpectText($"/admin/articles/edit/{article.Id}", "title field", edit.QuerySelector("input[name='Input.Title']")?.GetAttribute("value"), article.Title);
            ExpectText($"/admin/articles/edit/{article.Id}", "author field", edit.QuerySelector("input[name='Input.Author']")?.GetAttribute("value"), article.Payload);
            await PageAsync(administrator, $"/admin/articles/history/{article.Id}");
            await PageAsync(administrator, $"/admin/articles/review/{article.Id}");
            await PageAsync(administrator, $"/admin/categories/edit/{await newsroom.Factory.CategoryIdAsync(article.CategorySlug)}");
        }
        foreach (var id in newsroom.SiteLinkIds)
        {
            await PageAsync(administrator, $"/admin/sitelinks/edit/{id}");
        }
        AssertNoProblems();
    }

    /// <summary>Gets a page, which must answer 200, and notes anything in it that could run script.</summary>
    private async Task<IDocument> PageAsync(HttpClient browser, string address)
    {
        var response = await browser.GetAsync(address);
        var html = await response.Content.ReadAsStringAsync();
        if (response.StatusCode != HttpStatusCode.OK)
        {
            _problems.Add($"{address} answered {(int)response.StatusCode}");
        }
        var document = ExecutableContent.Parse(html);
        _problems.AddRange(ExecutableContent.In(document).Select(problem => $"{address}: {problem}"));
        return document;
    }

    private static async Task<XDocument> XmlAsync(HttpClient browser, string address)
    {
        var response = await browser.GetAsync(address);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{address} answered {(int)response.StatusCode}");
        return XDocument.Parse(await response.Content.ReadAsStringAsync());
    }

    private void Expect(string address, string what, string? actual, string expected)
    {
        if (actual != expected)
        {
            _problems.Add($"{address}: {what} is {Show(actual)}, not {Show(expected)}");
        }
    }

    /// <summary>Text read back from HTML: the payload, whole or within it, as the parser reads it.</summary>
    private void ExpectText(string address, string what, string? actual, string payload, bool whole = true)
    {
        var text = actual is null ? null : HostileNewsroom.AsParsed(actual).Trim();
        var expected = HostileNewsroom.AsParsed(payload).Trim();
        if (text is null || (whole ? text != expected : !text.Contains(expected, StringComparison.Ordinal)))
        {
            _problems.Add($"{address}: {what} does not show {Show(expected)}{(whole ? $" but {Show(text)}" : "")}");
        }
    }

    private static string Show(string? text) => text is null ? "nothing" : JsonSerializer.Serialize(text.Length > 120 ? text[..120] : text);

    private void AssertNoProblems() =>
        Assert.True(_problems.Count == 0, $"{_problems.Count} problems:\n" + string.Join("\n", _problems.Distinct().Take(60)));
}
