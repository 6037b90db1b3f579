using Microsoft.EntityFrameworkCore;

namespace Portal.Tests.Integration;

/// <summary>An article's HTML is rendered from its Markdown when it is saved; reading it renders nothing.</summary>
public sealed class TheRequestPathRunsNoMarkdown : IDisposable
{
    private readonly PortalFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task TheArticlePageShowsTheStoredHtmlNotItsMarkdownRenderedAgain()
    {
        var (id, address, _, _) = await Caching.CachedPages.NewestArticleAsync(_factory);
        await _factory.WithDbAsync(db => db.Articles.Where(a => a.Id == id).ExecuteUpdateAsync(s => s
            .SetProperty(a => a.BodyMarkdown, "**Bản Markdown**")
            .SetProperty(a => a.BodyHtml, "<p>Bản HTML đã lưu</p>")));
        using var citizen = _factory.CreateBrowser();

        var html = await citizen.GetStringAsync(address);
        var print = await citizen.GetStringAsync(address + "/ban-in");

        Assert.Contains("<p>Bản HTML đã lưu</p>", html);
        Assert.DoesNotContain("Bản Markdown", html);
        Assert.Contains("<p>Bản HTML đã lưu</p>", print);
    }
}
