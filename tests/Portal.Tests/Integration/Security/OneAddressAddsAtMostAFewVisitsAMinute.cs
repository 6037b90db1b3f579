using System.Net;

namespace Portal.Tests.Integration.Security;

/// <summary>
/// A script without cookies cannot raise the visitor total at will: one client address adds at most
/// <c>Portal:Visitors:NewVisitsPerAddressPerMinute</c> (10) new visits a minute, an IPv6 client by its /64. Past the
/// limit every page is still served, only not counted; other addresses count as before.
/// </summary>
[Trait("Database", "SqliteOnly")] // the limit is kept in memory per address; the counting itself runs on every provider in VisitorCounterTests
public sealed class OneAddressAddsAtMostAFewVisitsAMinute : IDisposable
{
    private const int Limit = 10;
    private readonly PortalFactory _factory = new() { TestServices = ClientAddresses.AddTo };

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task ThreeHundredPagesWithoutACookieFromOneAddressAddTheLimitAndAreAllServed()
    {
        var before = await _factory.StoredVisitTotalAsync();

        var responses = await Task.WhenAll(Enumerable.Range(0, 300).Select(_ => PageFromAsync("203.0.113.7")));
        await _factory.FlushVisitsAsync();

        Assert.All(responses, response => Assert.Equal(HttpStatusCode.OK, response.StatusCode));
        Assert.All(responses, response => Assert.Null(response.Headers.RetryAfter));
        Assert.Equal(before + Limit, await _factory.StoredVisitTotalAsync());
        // Only counted visits get the cookie: a reader left uncounted on a busy address may be counted by a later page.
        Assert.Equal(Limit, responses.Count(response => response.Headers.Contains("Set-Cookie")));
    }

    [Fact]
    public async Task AnotherAddressStillCounts()
    {
        await PagesFromAsync(Limit + 5, _ => "203.0.113.7");
        var before = await StoredAsync();

        await PageFromAsync("203.0.113.8");
        await PageFromAsync("2001:db8:aa:1::7");

        Assert.Equal(before + 2, await StoredAsync());
    }

    [Fact]
    public async Task AddressesInOneIPv6NetworkOfSixtyFourBitsShareALimit()
    {
        var before = await StoredAsync();

        // A client rotating through its /64, from the first address to the last.
        await PagesFromAsync(300, i => $"2001:db8:aa:1:{i:x}:{i * 7:x}:{i * 13:x}:{i * 31 % 65536:x}");
        await PageFromAsync("2001:db8:aa:1:ffff:ffff:ffff:ffff");
        Assert.Equal(before + Limit, await StoredAsync());

        await PageFromAsync("2001:db8:aa:2::1");
        Assert.Equal(before + Limit + 1, await StoredAsync());
    }

    [Fact]
    public async Task AnIPv4AddressSeenThroughADualStackSocketIsThatAddress()
    {
        var before = await StoredAsync();

        await PagesFromAsync(Limit, _ => "198.51.100.20");
        await PagesFromAsync(5, _ => "::ffff:198.51.100.20");

        Assert.Equal(before + Limit, await StoredAsync());
    }

    [Theory]
    [InlineData("127.0.0.1")]
    [InlineData("::1")]
    public async Task AScriptOnTheServerItselfIsLimitedLikeAnyAddress(string loopback)
    {
        var before = await StoredAsync();

        await PagesFromAsync(300, _ => loopback);

        Assert.Equal(before + Limit, await StoredAsync());
    }

    [Fact]
    public async Task TheLimitPassesWithTheMinute()
    {
        var before = await StoredAsync();
        await PagesFromAsync(Limit + 5, _ => "203.0.113.7");
        Assert.Equal(before + Limit, await StoredAsync());

        _factory.Clock.Advance(TimeSpan.FromMinutes(1));
        await PagesFromAsync(Limit + 5, _ => "203.0.113.7");

        Assert.Equal(before + 2 * Limit, await StoredAsync());
    }

    private async Task<HttpResponseMessage> PageFromAsync(string address)
    {
        using var browser = _factory.CreateBrowser(handleCookies: false);
        browser.DefaultRequestHeaders.Add(ClientAddresses.Header, address);
        return await browser.GetAsync("/");
    }

    private async Task PagesFromAsync(int pages, Func<int, string> address)
    {
        for (var i = 0; i < pages; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await PageFromAsync(address(i))).StatusCode);
        }
    }

    private async Task<long> StoredAsync()
    {
        await _factory.FlushVisitsAsync();
        return await _factory.StoredVisitTotalAsync();
    }
}
