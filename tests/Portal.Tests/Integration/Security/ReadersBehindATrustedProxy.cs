using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Net.Http.Headers;

namespace Portal.Tests.Integration.Security;

/// <summary>
/// Behind nginx or a load balancer, the proxy named in <c>Portal:Security:TrustedProxies</c> tells each reader's
/// address and scheme: rate limits count readers, not the proxy, and an https reader gets HSTS and Secure cookies.
/// Anyone else's X-Forwarded-* headers are ignored, so a script cannot dodge a limit by naming new addresses.
/// </summary>
public sealed class ReadersBehindATrustedProxy : IDisposable
{
    private const string Proxy = "10.0.0.5";

    private readonly PortalFactory _factory = new() { TestServices = ClientAddresses.AddTo };

    public ReadersBehindATrustedProxy()
    {
        _factory.Settings["Portal:Security:TrustedProxies:0"] = Proxy;
        _factory.Settings["Portal:Security:SearchesPerMinute"] = "2";
    }

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task AnHttpsReaderThroughTheProxyGetsHstsAndSecureCookies()
    {
        using var browser = Through(Proxy, "203.0.113.7", scheme: "https");

        var response = await browser.GetAsync("/");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("max-age=31536000", response.Header("Strict-Transport-Security"));
        var cookies = SetCookieHeaderValue.ParseList([.. response.Headers.GetValues(HeaderNames.SetCookie)]);
        Assert.NotEmpty(cookies);
        Assert.All(cookies, cookie => Assert.True(cookie.Secure, $"{cookie.Name} is not Secure"));
    }

    [Fact]
    public async Task EachReaderThroughTheProxyHasALimitOfTheirOwn()
    {
        using var busy = Through(Proxy, "203.0.113.7");
        using var other = Through(Proxy, "203.0.113.8");

        Assert.Equal(HttpStatusCode.OK, (await busy.GetAsync("/search?q=l%C3%BAa+1")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await busy.GetAsync("/search?q=l%C3%BAa+2")).StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, (await busy.GetAsync("/search?q=l%C3%BAa+3")).StatusCode);

        Assert.Equal(HttpStatusCode.OK, (await other.GetAsync("/search?q=l%C3%BAa")).StatusCode);
    }

    [Fact]
    public async Task ForwardedHeadersFromAnyoneElseAreIgnored()
    {
        var statuses = new List<HttpStatusCode>();
        for (var attempt = 1; attempt <= 3; attempt++)
        {
            // A script naming a new address (and https) at every request, from its own address.
            using var script = Through("198.51.100.9", $"203.0.113.{attempt}", scheme: "https");
            var response = await script.GetAsync($"/search?q=l%C3%BAa+{attempt}");
            statuses.Add(response.StatusCode);
            Assert.Null(response.Header("Strict-Transport-Security"));
        }

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], statuses);
    }

    /// <summary>A plain-HTTP connection from <paramref name="from"/>, carrying the headers a proxy adds for its reader.</summary>
    private HttpClient Through(string from, string reader, string scheme = "http")
    {
        var client = _factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, BaseAddress = new Uri("http://portal.test") });
        client.DefaultRequestHeaders.UserAgent.ParseAdd(PortalFactory.BrowserUserAgent);
        client.DefaultRequestHeaders.Add(ClientAddresses.Header, from);
        client.DefaultRequestHeaders.Add("X-Forwarded-For", reader);
        client.DefaultRequestHeaders.Add("X-Forwarded-Proto", scheme);
        return client;
    }
}
