using System.Net;
using Portal.Tests.Integration.Caching;
using Portal.Web.Accounts;

namespace Portal.Tests.Integration.Security;

/// <summary>Pages, cached pages, errors, static files, feeds, health checks and the newsroom: the same headers on each.</summary>
[Trait("Database", "SqliteOnly")] // headers come from the middleware, whatever the database
public sealed class EveryAnswerCarriesTheSecurityHeaders(PortalFixture portal) : IClassFixture<PortalFixture>
{
    private PortalFactory Factory => portal.Factory;

    [Theory]
    [InlineData("/", HttpStatusCode.OK)]
    [InlineData("/search?q=n%C3%B4ng+th%C3%B4n", HttpStatusCode.OK)]
    [InlineData("/trang-khong-co", HttpStatusCode.NotFound)]
    [InlineData("/bai-viet/999999/khong-co", HttpStatusCode.NotFound)]
    [InlineData("/search?trang=abc", HttpStatusCode.BadRequest)]
    [InlineData("/css/site.css", HttpStatusCode.OK)]
    [InlineData("/js/site.js", HttpStatusCode.OK)]
    [InlineData("/img/emblem.svg", HttpStatusCode.OK)]
    [InlineData("/feed.xml", HttpStatusCode.OK)]
    [InlineData("/sitemap.xml", HttpStatusCode.OK)]
    [InlineData("/robots.txt", HttpStatusCode.OK)]
    [InlineData("/healthz", HttpStatusCode.OK)]
    [InlineData("/admin/account/login", HttpStatusCode.OK)]
    [InlineData("/admin", HttpStatusCode.Redirect)]
    [InlineData("/ngon-ngu/en?returnUrl=/", HttpStatusCode.Redirect)]
    public async Task OnEveryKindOfAnswer(string url, HttpStatusCode status)
    {
        using var browser = Factory.CreateBrowser();

        var response = await browser.GetAsync(url);

        Assert.Equal(status, response.StatusCode);
        SecurityHeaders.AssertAllPresent(response);
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/feed.xml")]
    public async Task OnAnswersServedFromThePageCache(string url)
    {
        using var browser = Factory.CreateBrowser();
        await browser.WarmAsync(url);

        var cached = await browser.GetAsync(url);

        Assert.True(cached.CameFromCache());
        SecurityHeaders.AssertAllPresent(cached);
        Assert.Single(cached.Headers.GetValues("Content-Security-Policy"));
    }

    [Fact]
    public async Task OnTheNewsroomsPagesForASignedInEditor()
    {
        using var editor = await Factory.SignedInAsync(Roles.Editor);

        foreach (var url in new[] { "/admin", "/admin/articles", "/admin/articles/edit" })
        {
            var response = await editor.GetAsync(url);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            SecurityHeaders.AssertAllPresent(response);
        }
    }

    [Fact]
    public async Task StrictTransportSecurityOnHttpsOnly()
    {
        using var overHttp = Factory.CreateBrowser();
        using var overHttps = Factory.CreateHttpsBrowser();

        var plain = await overHttp.GetAsync("/");
        var secure = await overHttps.GetAsync("/");

        Assert.Null(plain.Header("Strict-Transport-Security"));
        Assert.Equal("max-age=31536000", secure.Header("Strict-Transport-Security"));
        SecurityHeaders.AssertAllPresent(secure);
    }
}
