using System.Net;

namespace Portal.Tests.Integration.Caching;

/// <summary>
/// A response is cached when its page or endpoint names one of the page cache's policies, and only then: the
/// citizens' pages, feeds and sitemap are; search, the newsroom, health probes and static files are not.
/// </summary>
[Trait("Database", "SqliteOnly")] // which endpoints are cached is routing, whatever the database
public sealed class OnlyAddressesWhoseEndpointNamesAPolicyAreCached : IDisposable
{
    private readonly PortalFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task ThePublicPagesFeedsAndSitemapAreServedFromTheCache()
    {
        var (_, article, _, category) = await _factory.NewestArticleAsync();
        using var reader = _factory.CreateBrowser();

        foreach (var address in new[]
        {
            "/", article, article + "/ban-in", $"/chuyen-muc/{category}", $"/chuyen-muc/{category}/feed.xml",
            "/trang/lien-he", "/feed.xml", "/sitemap.xml", "/robots.txt",
        })
        {
            await reader.WarmAsync(address);
        }
    }

    [Theory]
    [InlineData("/search?q=t%E1%BB%89nh")]
    [InlineData("/admin/account/login")]
    [InlineData("/healthz")]
    [InlineData("/favicon.ico")]
    public async Task OtherAddressesAreRenderedEachTime(string address)
    {
        using var reader = _factory.CreateBrowser();

        var first = await reader.GetAsync(address);
        var second = await reader.GetAsync(address);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.False(second.CameFromCache(), $"{address} came from the page cache");
    }
}
