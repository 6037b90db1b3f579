using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace Portal.BrowserTests;

/// <summary>An English reader in Chromium: switches language from an article, finds the directory, reads <c>/en</c>.</summary>
[Collection(PortalServerGroup.Name)]
public sealed class AnEnglishReaderFindsTheirWay(PortalServer server)
{
    private const string ArticlePath = "/bai-viet/25/hoi-nghi-truc-tuyen-tong-ket-cong-tac-dan-van-toan-quoc-nam-2018";

    private static readonly AxeRunOptions Wcag22 = new()
    {
        RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"] },
    };

    [Fact]
    public async Task SwitchingFromAnArticleKeepsTheArticleInVietnameseAndTheFooterLeadsToTheDirectory()
    {
        var watched = await server.NewPageAsync(360);
        var page = watched.Page;
        await watched.GoAsync(ArticlePath);

        await page.GetByRole(AriaRole.Link, new() { Name = "English", Exact = true }).ClickAsync();
        await page.WaitForFunctionAsync("document.documentElement.lang === 'en'");

        Assert.EndsWith(ArticlePath, page.Url, StringComparison.Ordinal);
        Assert.Equal("vi", await page.GetAttributeAsync("h1.article-title", "lang"));
        Assert.Equal("vi", await page.GetAttributeAsync("div.article-body", "lang"));
        Assert.Equal("Ba Ria - Vung Tau Provincial Web Portal", (await page.TextContentAsync(".brand-name"))?.Trim());
        var directory = page.Locator("footer").GetByRole(AriaRole.Link, new() { Name = "Organisation", Exact = true }).First;
        Assert.Equal("/en/organisation", await directory.GetAttributeAsync("href"));
        Assert.True(await directory.IsVisibleAsync());
        Assert.Equal("/lich-cong-tac", await page.Locator("footer").GetByRole(AriaRole.Link, new() { Name = "Work schedule" }).GetAttributeAsync("href"));
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(PortalServer.ScreenshotFolder, "english-article-360.png"), FullPage = true });
        Assert.Empty(watched.Problems);
        await page.Context.CloseAsync();
    }

    [Theory]
    [InlineData("english-entry", "/en", false)]
    [InlineData("english-home", "/", true)]
    public async Task TheEnglishPagesHaveNoWcag22ViolationsAndDoNotScrollSideways(string name, string path, bool chooseEnglish)
    {
        foreach (var width in new[] { 360, 1280 })
        {
            var watched = await server.NewPageAsync(width);
            await watched.GoAsync(chooseEnglish ? "/ngon-ngu/en?returnUrl=" + Uri.EscapeDataString(path) : path);

            Assert.Equal("en", await watched.Page.GetAttributeAsync("html", "lang"));
            var axe = await watched.Page.RunAxe(Wcag22);
            await watched.Page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(PortalServer.ScreenshotFolder, $"{name}-{width}.png"), FullPage = true });
            var scrollsSideways = await watched.Page.EvaluateAsync<bool>("document.documentElement.scrollWidth > document.documentElement.clientWidth");

            Assert.True(axe.Violations.Length == 0, $"{path} at {width}px: " + string.Join("; ", axe.Violations.Select(v => $"{v.Id}: {v.Help} ({string.Join(", ", v.Nodes.Select(n => n.Html).Take(2))})")));
            Assert.False(scrollsSideways, $"{path} scrolls sideways at {width}px");
            Assert.Empty(watched.Problems);
            await watched.Page.Context.CloseAsync();
        }
    }
}
