using Microsoft.Playwright;

namespace Portal.BrowserTests;

/// <summary>The public pages as a citizen meets them, in Chromium: reachable by keyboard, printable, e-mailable (axe: <see cref="EveryPublicPageIsAccessible"/>).</summary>
[Collection(PortalServerGroup.Name)]
public sealed class PublicPagesInTheBrowserTests(PortalServer server)
{
    private const string ArticlePath = "/bai-viet/25/hoi-nghi-truc-tuyen-tong-ket-cong-tac-dan-van-toan-quoc-nam-2018";
    private const string ArticleTitle = "Hội nghị trực tuyến tổng kết công tác Dân vận toàn quốc năm 2018";

    [Fact]
    public async Task TheSkipLinkIsTheFirstFocusableElementAndEveryLinkOnTheArticlePageIsReachableByTab()
    {
        var watched = await server.NewPageAsync();
        await watched.GoAsync(ArticlePath);

        await watched.Page.Keyboard.PressAsync("Tab");
        var first = await watched.Page.EvaluateAsync<string>("document.activeElement.textContent.trim()");
        var focusables = await watched.Page.EvaluateAsync<int>("[...document.querySelectorAll('a[href], button, input, select, textarea')].filter(e => e.getClientRects().length > 0).length");
        var reached = 0;
        for (var i = 0; i < focusables + 2; i++)
        {
            // Each element is marked the first time Tab reaches it, so two links to one address count twice.
            var focused = await watched.Page.EvaluateAsync<string>(
                "(() => { const e = document.activeElement; if (e === document.body || e.dataset.reached) return ''; e.dataset.reached = '1'; return e.tagName + ' ' + (e.getAttribute('href') || e.name || ''); })()");
            if (focused.Length > 0)
            {
                reached++;
                var outline = await watched.Page.EvaluateAsync<string>("getComputedStyle(document.activeElement).outlineStyle");
                Assert.True(outline != "none", $"no focus ring on {focused}");
            }
            await watched.Page.Keyboard.PressAsync("Tab");
        }

        Assert.Equal("Bỏ qua, đến nội dung chính", first);
        Assert.Equal(focusables, reached);
        await watched.Page.Context.CloseAsync();
    }

    [Fact]
    public async Task PrintedTheArticleKeepsTitleStampBodyAndAuthorAndHidesTheRest()
    {
        var watched = await server.NewPageAsync();
        await watched.GoAsync(ArticlePath);
        await watched.Page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });

        foreach (var hidden in new[] { ".site-header", ".category-nav", ".sidebar", ".header-search", ".article-actions", ".site-footer" })
        {
            Assert.False(await watched.Page.Locator(hidden).First.IsVisibleAsync(), $"{hidden} shows on paper");
        }
        foreach (var shown in new[] { ".article-title", ".article-meta time", ".article-body", ".article-author" })
        {
            Assert.True(await watched.Page.Locator(shown).First.IsVisibleAsync(), $"{shown} is missing on paper");
        }
        await watched.Page.Context.CloseAsync();
    }

    [Fact]
    public async Task ThePrintViewRendersToAPdfHoldingTheTitleTheFirstParagraphAndTheAddressAsText()
    {
        var watched = await server.NewPageAsync();
        await watched.GoAsync(ArticlePath + "/ban-in");

        var pdf = await watched.Page.PdfAsync(new PagePdfOptions { Format = "A4" });
        var firstParagraph = await watched.Page.InnerTextAsync(".article-body p");

        // The text as a PDF reader extracts it; line breaks and spacing differ, so compare without white space.
        using var document = UglyToad.PdfPig.PdfDocument.Open(pdf);
        var text = Compact(string.Concat(document.GetPages().Select(p => p.Text)));
        Assert.Contains(Compact(ArticleTitle), text);
        Assert.Contains(Compact(firstParagraph), text);
        Assert.Contains(Compact(server.BaseUrl + ArticlePath), text);
        await watched.Page.Context.CloseAsync();
    }

    private static string Compact(string text) =>
        string.Concat(text.Normalize(System.Text.NormalizationForm.FormC).Where(c => !char.IsWhiteSpace(c)));

    [Fact]
    public async Task TheEmailButtonDecodesToTheExactTitleAndTheAbsoluteAddress()
    {
        var watched = await server.NewPageAsync();
        await watched.GoAsync(ArticlePath);

        var href = await watched.Page.GetAttributeAsync("a:text-is('E-mail')", "href");

        var query = href!["mailto:?".Length..].Split('&').Select(p => p.Split('=', 2)).ToDictionary(p => p[0], p => Uri.UnescapeDataString(p[1]));
        Assert.Equal(ArticleTitle, query["subject"]);
        Assert.Equal(server.BaseUrl + ArticlePath, query["body"]);
        await watched.Page.Context.CloseAsync();
    }

    [Fact]
    public async Task AtDesktopWidthTheSidebarSitsBesideTheContent()
    {
        var watched = await server.NewPageAsync(1280);
        await watched.GoAsync("/");

        var content = await watched.Page.Locator("main").BoundingBoxAsync();
        var sidebar = await watched.Page.Locator(".sidebar").BoundingBoxAsync();

        Assert.True(sidebar!.X > content!.X + content.Width - 1, "the sidebar is not beside the content");
        Assert.True(sidebar.Y < content.Y + 100);
        await watched.Page.Context.CloseAsync();
    }
}
