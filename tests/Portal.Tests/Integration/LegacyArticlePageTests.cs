using System.Net;
using System.Text.RegularExpressions;
using Portal.Tests.Builders;
using Portal.Web.Importing;

namespace Portal.Tests.Integration;

/// <summary>The page we replace: everything on the legacy export must be on the new article page.</summary>
public sealed partial class LegacyArticlePageTests : IDisposable
{
    private readonly PortalFactory _factory = new();
    private readonly LegacyArticle _legacy = LegacyExportParser.Parse(LegacyExportBuilder.LegacyFileText).Article!;

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task TheLegacyArticleIsTwoClicksFromTheHomePageAndShowsEveryElementOfTheLegacyPage()
    {
        using var browser = _factory.CreateBrowser();
        var home = await browser.GetStringAsync("/");

        var categoryHref = LinkTo(home, _legacy.Category);
        var categoryPage = await browser.GetStringAsync(categoryHref);
        var articleHref = LinkTo(categoryPage, _legacy.Title);
        var response = await browser.GetAsync(articleHref);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("/bai-viet/" + articleHref.Split('/')[2] + "/hoi-nghi-truc-tuyen-tong-ket-cong-tac-dan-van-toan-quoc-nam-2018", articleHref);
        var text = Html.Text(await response.Content.ReadAsStringAsync());
        // Top to bottom, as on the legacy page.
        string[] expectedInOrder =
        [
            "Liên kết site",
            "Số người truy cập",
            "Số khách đã thăm: 25.903.249", // the legacy figure, and this reader's own visit
            "Hoạt động Sở - Ban - Ngành",
            "Hội nghị trực tuyến tổng kết công tác Dân vận toàn quốc năm 2018",
            "04:40 | 10/01/2019 Print E-mail",
            .. _legacy.Paragraphs,
            "Thùy Dương",
        ];
        AssertInOrder(text[text.IndexOf("Hoạt động Sở - Ban - Ngành Hội nghị", StringComparison.Ordinal)..], expectedInOrder[3..]);
        foreach (var sidebarText in expectedInOrder[..3])
        {
            Assert.Contains(sidebarText, text);
        }
        Assert.Equal(10, _legacy.Paragraphs.Count);
    }

    [Fact]
    public async Task ThePrintButtonOpensAPrintViewWithoutNavigationOrSidebarAndWithTheArticleAddress()
    {
        using var browser = _factory.CreateBrowser();
        var (articleHtml, address) = await OpenLegacyArticleAsync(browser);
        var printHref = Html.Attribute(articleHtml, "<a [^>]*>Print</a>", "href")!;

        var print = await browser.GetAsync(printHref);

        Assert.Equal(HttpStatusCode.OK, print.StatusCode);
        var html = await print.Content.ReadAsStringAsync();
        var text = Html.Text(html);
        AssertInOrder(text, [_legacy.Title, "04:40 | 10/01/2019", .. _legacy.Paragraphs, _legacy.Author, address]);
        Assert.DoesNotContain("Liên kết site", text);
        Assert.DoesNotContain("category-nav", html);
        Assert.DoesNotContain(">Print<", html);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task TheEmailButtonIsAMailtoLinkWithTheTitleAsSubjectAndTheAddressAsBody()
    {
        using var browser = _factory.CreateBrowser();
        var (articleHtml, address) = await OpenLegacyArticleAsync(browser);

        var mailto = Html.Attribute(articleHtml, "<a [^>]*>E-mail</a>", "href")!;

        Assert.StartsWith("mailto:?", mailto);
        Assert.DoesNotMatch("[^\\x21-\\x7E]", mailto); // percent-encoded: plain ASCII, no spaces
        var query = mailto["mailto:?".Length..].Split('&').Select(p => p.Split('=', 2)).ToDictionary(p => p[0], p => Uri.UnescapeDataString(p[1]));
        Assert.Equal(_legacy.Title, query["subject"]);
        Assert.Equal(address, query["body"]);
        Assert.StartsWith("http://localhost/bai-viet/", address);
    }

    private async Task<(string Html, string Address)> OpenLegacyArticleAsync(HttpClient browser)
    {
        var categoryPage = await browser.GetStringAsync("/chuyen-muc/hoat-dong-so-ban-nganh");
        var href = LinkTo(categoryPage, _legacy.Title);
        return (await browser.GetStringAsync(href), "http://localhost" + href);
    }

    private static string LinkTo(string html, string linkText)
    {
        foreach (Match link in AnchorRegex().Matches(html))
        {
            if (Html.Text(link.Groups["text"].Value) == linkText)
            {
                return WebUtility.HtmlDecode(link.Groups["href"].Value);
            }
        }
        throw new Xunit.Sdk.XunitException($"No link '{linkText}' on the page.");
    }

    private static void AssertInOrder(string text, IEnumerable<string> expected)
    {
        var position = 0;
        foreach (var piece in expected.Select(p => Regex.Replace(p, "\\s+", " ")))
        {
            var found = text.IndexOf(piece, position, StringComparison.Ordinal);
            Assert.True(found >= 0, $"'{piece}' is missing or out of order.");
            position = found + piece.Length;
        }
    }

    [GeneratedRegex("<a [^>]*href=\"(?<href>[^\"]*)\"[^>]*>(?<text>.*?)</a>", RegexOptions.Singleline)]
    private static partial Regex AnchorRegex();
}
