namespace Portal.Tests.Integration.Caching;

/// <summary><c>Portal:Cache:Enabled=false</c> renders every page, for measuring the portal without its cache.</summary>
public sealed class TheCacheCanBeSwitchedOff : IDisposable
{
    private readonly PortalFactory _factory = new() { Settings = { ["Portal:Cache:Enabled"] = "false" } };

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task EveryPageIsRendered()
    {
        using var citizen = _factory.CreateBrowser();
        var (_, address, _, _) = await _factory.NewestArticleAsync();

        foreach (var url in new[] { "/", "/", address, address, "/feed.xml", "/feed.xml" })
        {
            var response = await citizen.GetAsync(url);
            Assert.True(response.IsSuccessStatusCode);
            Assert.False(response.CameFromCache());
        }
    }
}
