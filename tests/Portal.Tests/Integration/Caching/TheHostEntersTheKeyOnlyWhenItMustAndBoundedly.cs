using System.Net;
using Portal.Web.Caching;

namespace Portal.Tests.Integration.Caching;

/// <summary>
/// With a public address configured the Host is no part of a page, and none enters the key; without one, the
/// pages of the first few well-formed Hosts are kept, and a request naming any other Host is answered, not stored.
/// </summary>
public sealed class TheHostEntersTheKeyOnlyWhenItMustAndBoundedly
{
    [Theory]
    [InlineData("Portal:PublicUrl")]
    [InlineData("Portal:Site:BaseUrl")]
    public async Task WithAPublicAddressEveryHostIsServedTheOneCachedPage(string setting)
    {
        using var factory = new PortalFactory { Settings = { [setting] = "https://portal.example.gov.vn" } };
        using var citizen = factory.CreateBrowser();
        await citizen.WarmAsync("/");
        var entries = factory.PageCache().Count;

        for (var i = 0; i < 20; i++)
        {
            Assert.True((await GetAsync(citizen, "/", $"h{i}.attacker.example")).CameFromCache());
        }

        Assert.Equal(entries, factory.PageCache().Count);
    }

    [Fact]
    public async Task WithoutOneOnlyTheFirstFewWellFormedHostsHaveCachedPages()
    {
        using var factory = new PortalFactory();
        using var citizen = factory.CreateBrowser();
        await citizen.WarmAsync("/robots.txt");   // the test server's own Host, localhost
        var entries = factory.PageCache().Count;

        foreach (var host in new[] { new string('a', PageCacheHosts.MaxLength + 1) + ".example", "a_b.example" })
        {
            await GetAsync(citizen, "/robots.txt", host);
            Assert.False((await GetAsync(citizen, "/robots.txt", host)).CameFromCache(), $"{host} was cached");
        }
        for (var i = 0; i < 20; i++)
        {
            var first = await GetAsync(citizen, "/robots.txt", $"h{i}.example");
            Assert.Equal(HttpStatusCode.OK, first.StatusCode);
            Assert.Equal(i < PageCacheHosts.Capacity - 1, (await GetAsync(citizen, "/robots.txt", $"h{i}.example")).CameFromCache());
        }

        Assert.Equal(entries + PageCacheHosts.Capacity - 1, factory.PageCache().Count);
        Assert.True((await citizen.GetAsync("/robots.txt")).CameFromCache());
    }

    private static Task<HttpResponseMessage> GetAsync(HttpClient client, string path, string host)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.TryAddWithoutValidation("Host", host);
        return client.SendAsync(request);
    }
}
