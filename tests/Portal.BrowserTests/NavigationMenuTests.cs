using Microsoft.Playwright;

namespace Portal.BrowserTests;

/// <summary>On a phone the categories fold into a menu that keyboard users open and close; without JavaScript they stay open.</summary>
[Collection(PortalServerGroup.Name)]
public sealed class NavigationMenuTests(PortalServer server)
{
    [Fact]
    public async Task AtPhoneWidthTheCategoriesFoldIntoAMenuThatTheKeyboardOpensAndCloses()
    {
        var watched = await server.NewPageAsync(360);
        await watched.GoAsync("/");
        var page = watched.Page;
        var menu = page.Locator("#category-nav");
        var toggle = page.Locator("#menu-toggle");

        Assert.False(await menu.IsVisibleAsync());
        Assert.True(await toggle.IsVisibleAsync());
        Assert.Equal("false", await toggle.GetAttributeAsync("aria-expanded"));

        await toggle.FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        Assert.True(await menu.IsVisibleAsync());
        Assert.Equal("true", await toggle.GetAttributeAsync("aria-expanded"));
        await page.Keyboard.PressAsync("Tab");
        Assert.Equal("/", await page.EvaluateAsync<string>("document.activeElement.getAttribute('href')"));

        await page.Keyboard.PressAsync("Escape");
        Assert.False(await menu.IsVisibleAsync());
        Assert.Equal("menu-toggle", await page.EvaluateAsync<string>("document.activeElement.id"));

        await page.Keyboard.PressAsync(" ");
        Assert.True(await menu.IsVisibleAsync());
        await page.Keyboard.PressAsync(" ");
        Assert.False(await menu.IsVisibleAsync());
        Assert.Empty(watched.Problems);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task AtDesktopWidthTheCategoriesShowWithoutAMenuButton()
    {
        var watched = await server.NewPageAsync(1280);
        await watched.GoAsync("/");

        Assert.True(await watched.Page.Locator("#category-nav").IsVisibleAsync());
        Assert.False(await watched.Page.Locator("#menu-toggle").IsVisibleAsync());
        await watched.Page.Context.CloseAsync();
    }

    [Fact]
    public async Task WithoutJavaScriptTheCategoriesStayOpenAtPhoneWidth()
    {
        var context = await server.Browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 360, Height = 800 }, JavaScriptEnabled = false });
        var page = await context.NewPageAsync();
        await page.GotoAsync(server.BaseUrl + "/");

        Assert.True(await page.Locator("#category-nav").IsVisibleAsync());
        Assert.False(await page.Locator("#menu-toggle").IsVisibleAsync());
        Assert.True(await page.Locator("#category-nav a[href='/chuyen-muc/kinh-te-dau-tu']").IsVisibleAsync());
        await context.CloseAsync();
    }
}
