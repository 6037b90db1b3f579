using Microsoft.Playwright;

namespace Portal.BrowserTests;

/// <summary>An English reader in Chromium: switches language from an article, finds the directory, reads <c>/en</c>.</summary>
[Collection(PortalServerGroup.Name)]
public sealed class AnEnglishReaderFindsTheirWay(PortalServer server)
{
    private const string ArticlePath = "/bai-viet/25/hoi-nghi-truc-tuyen-tong-ket-cong-tac-dan-van-toan-quoc-nam-2018";

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

}
