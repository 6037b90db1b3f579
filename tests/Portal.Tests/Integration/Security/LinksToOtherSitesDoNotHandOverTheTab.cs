using AngleSharp.Html.Parser;

namespace Portal.Tests.Integration.Security;

/// <summary>
/// The sidebar's site links open other sites in a new tab; with <c>noopener noreferrer</c> that site gets no handle
/// on the portal's tab (it cannot send the reader to a look-alike page) and is not told which page they came from.
/// </summary>
public sealed class LinksToOtherSitesDoNotHandOverTheTab(PortalFixture portal) : IClassFixture<PortalFixture>
{
    [Theory]
    [InlineData("/")]
    [InlineData("/search")]
    [InlineData("/khong-co-trang-nay")]
    public async Task EveryLinkOpeningANewTabIsNoopenerAndNoreferrer(string path)
    {
        using var browser = portal.Factory.CreateBrowser();
        var document = new HtmlParser().ParseDocument(await (await browser.GetAsync(path)).Content.ReadAsStringAsync());

        var newTabs = document.QuerySelectorAll("a[target]").ToList();

        Assert.NotEmpty(newTabs);
        Assert.All(newTabs, link =>
        {
            var rel = (link.GetAttribute("rel") ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries);
            Assert.True(rel.Contains("noopener") && rel.Contains("noreferrer"), $"{path}: {link.OuterHtml}");
        });
    }
}
