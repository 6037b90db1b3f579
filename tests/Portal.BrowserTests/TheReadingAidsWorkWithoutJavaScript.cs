using Microsoft.Playwright;

namespace Portal.BrowserTests;

/// <summary>
/// The header's reading aids are plain links: with JavaScript off, a reader picks A+ and the high contrast and the
/// next pages come larger and in the theme; with the choice set, the first paint is already right (no layout shift).
/// </summary>
[Collection(PortalServerGroup.Name)]
public sealed class TheReadingAidsWorkWithoutJavaScript(PortalServer server)
{
    [Fact]
    public async Task AReaderWithoutJavaScriptClicksAPlusAndHighContrastAndTheNextPageIsLargerAndInTheTheme()
    {
        await using var context = await server.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = 360, Height = 800 },
            Locale = "vi-VN",
            JavaScriptEnabled = false,
        });
        var page = await context.NewPageAsync();
        await page.GotoAsync(server.BaseUrl + PublicPages.ArticlePath);
        var before = await FontSizeAsync(page, "body");
        var headerBefore = await page.EvalOnSelectorAsync<string>(".site-header", "e => getComputedStyle(e).backgroundImage");

        await page.ClickAsync("a.reading-aid-lon");
        await page.ClickAsync("a.reading-aid >> text=Cao");
        await page.ClickAsync(".related-list a");

        var after = await FontSizeAsync(page, "body");
        Assert.Equal("text-large contrast-high", await page.GetAttributeAsync("html", "class"));
        Assert.Equal("true", await page.GetAttributeAsync("a.reading-aid-lon", "aria-current"));
        Assert.Equal("true", await page.GetAttributeAsync("a.reading-aid >> text=Cao", "aria-current"));
        Assert.True(after >= before * 1.2, $"the text is {after}px after A+, {before}px before");
        Assert.NotEqual(headerBefore, await page.EvalOnSelectorAsync<string>(".site-header", "e => getComputedStyle(e).backgroundImage"));
        Assert.Equal("rgb(0, 0, 0)", await page.EvalOnSelectorAsync<string>("body", "e => getComputedStyle(e).color"));
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(PortalServer.ScreenshotFolder, "reading-aids-no-js-360.png"), FullPage = false });
        var cookie = Assert.Single(await context.CookiesAsync(), c => c.Name == "portal-display");
        Assert.Equal("size-large.contrast-high", cookie.Value);
        Assert.Equal(SameSiteAttribute.Lax, cookie.SameSite);
        Assert.True(cookie.Expires > DateTimeOffset.UtcNow.AddDays(360).ToUnixTimeSeconds());
    }

    [Theory]
    [InlineData("size-large.contrast-high", 360)]
    [InlineData("size-large", 1280)]
    public async Task WithTheChoiceSetThePageDoesNotShiftAsItLoads(string display, int width)
    {
        var watched = await server.NewPageAsync(width);
        await watched.Page.Context.AddCookiesAsync([new Cookie { Name = "portal-display", Value = display, Url = server.BaseUrl }]);

        var response = await watched.GoAsync(PublicPages.ArticlePath);
        var shift = await watched.Page.EvaluateAsync<double>(
            "() => new Promise(done => { let total = 0; new PerformanceObserver(list => { for (const e of list.getEntries()) { if (!e.hadRecentInput) total += e.value; } })" +
            ".observe({ type: 'layout-shift', buffered: true }); setTimeout(() => done(total), 500); })");

        Assert.Contains("class=\"text-large", await response!.TextAsync());
        Assert.Equal(0, shift);
        Assert.Empty(watched.Problems);
        await watched.Page.Context.CloseAsync();
    }

    private static Task<double> FontSizeAsync(IPage page, string selector) =>
        page.EvalOnSelectorAsync<double>(selector, "e => parseFloat(getComputedStyle(e).fontSize)");
}
