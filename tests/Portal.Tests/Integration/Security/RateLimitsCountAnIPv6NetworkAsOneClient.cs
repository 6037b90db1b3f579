using System.Net;

namespace Portal.Tests.Integration.Security;

/// <summary>
/// The search and sign-in limits count an IPv6 client by its /64, which it may use whole: a script taking a fresh
/// address for each request still meets its limit. An IPv4 address seen as <c>::ffff:a.b.c.d</c> is that address.
/// </summary>
public sealed class RateLimitsCountAnIPv6NetworkAsOneClient : IDisposable
{
    private readonly PortalFactory _factory = new() { TestServices = ClientAddresses.AddTo };

    public RateLimitsCountAnIPv6NetworkAsOneClient()
    {
        _factory.Settings["Portal:Security:SearchesPerMinute"] = "3";
        _factory.Settings["Portal:Security:SignInAttemptsPerMinute"] = "3";
    }

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task SearchesFromFreshAddressesInOneNetworkShareABucket()
    {
        string[] rotating = ["2001:db8:5:1::1", "2001:db8:5:1::2", "2001:db8:5:1:8000::9", "2001:db8:5:1:ffff:ffff:ffff:ffff"];

        var statuses = new List<HttpStatusCode>();
        foreach (var address in rotating)
        {
            statuses.Add(await SearchFromAsync(address));
        }

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], statuses);
        Assert.Equal(HttpStatusCode.OK, await SearchFromAsync("2001:db8:5:2::1"));
    }

    [Fact]
    public async Task AnIPv4ReaderThroughADualStackSocketHasOneBucket()
    {
        for (var search = 1; search <= 3; search++)
        {
            Assert.Equal(HttpStatusCode.OK, await SearchFromAsync("198.51.100.20"));
        }

        Assert.Equal(HttpStatusCode.TooManyRequests, await SearchFromAsync("::ffff:198.51.100.20"));
        Assert.Equal(HttpStatusCode.OK, await SearchFromAsync("198.51.100.21"));
    }

    [Fact]
    public async Task SignInsFromFreshAddressesInOneNetworkShareAWindow()
    {
        await _factory.CreateUserAsync(Portal.Web.Accounts.Roles.Editor); // with no account at all, the page has no form
        var statuses = new List<HttpStatusCode>();
        for (var attempt = 1; attempt <= 4; attempt++)
        {
            using var browser = ClientAddresses.BrowserFrom(_factory, $"2001:db8:6:1::{attempt:x}");
            var token = Newsroom.AntiforgeryToken(await (await browser.GetAsync("/admin/account/login")).Content.ReadAsStringAsync());
            var form = new Dictionary<string, string> { ["Input.Email"] = "ai-do@portal.test", ["Input.Password"] = "doan-mo-mat-khau" };
            statuses.Add((await browser.PostFormAsync("/admin/account/login", form, token)).StatusCode);
        }

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], statuses);
    }

    private async Task<HttpStatusCode> SearchFromAsync(string address)
    {
        using var browser = ClientAddresses.BrowserFrom(_factory, address);
        return (await browser.GetAsync("/search?q=n%C3%B4ng+th%C3%B4n")).StatusCode;
    }
}
