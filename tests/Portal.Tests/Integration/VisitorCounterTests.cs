using System.Net;
using Microsoft.EntityFrameworkCore;
using Portal.Web.Localization;

namespace Portal.Tests.Integration;

/// <summary>One visit per browsing session, exact under concurrency, kept across restarts.</summary>
public sealed class VisitorCounterTests : IDisposable
{
    private const long LegacyFigure = 25_903_248;
    private readonly PortalFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task TheTotalStartsFromTheLegacyFigure()
    {
        _ = _factory.Services;

        Assert.Equal(LegacyFigure, await _factory.StoredVisitTotalAsync());
    }

    [Fact]
    public async Task AFirstPageViewCountsOnceAndARefreshWithTheCookieDoesNot()
    {
        using var browser = _factory.CreateBrowser();

        var first = await browser.GetAsync("/");
        await browser.GetAsync("/");
        await browser.GetAsync("/chuyen-muc/kinh-te-dau-tu");
        await _factory.FlushVisitsAsync();

        Assert.Contains(first.Headers, h => h.Key == "Set-Cookie" && h.Value.Single().StartsWith("portal_visit=", StringComparison.Ordinal));
        var cookie = first.Headers.GetValues("Set-Cookie").Single();
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=lax", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("max-age=1800", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(LegacyFigure + 1, await _factory.StoredVisitTotalAsync());
    }

    [Fact]
    public async Task TwoHundredConcurrentNewVisitorsAddExactlyTwoHundred()
    {
        using var visitors = _factory.CreateBrowser(handleCookies: false);

        var responses = await Task.WhenAll(Enumerable.Range(0, 200).Select(_ => visitors.GetAsync("/")));
        await _factory.FlushVisitsAsync();

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        Assert.Equal(LegacyFigure + 200, await _factory.StoredVisitTotalAsync());
        var today = VietnamTime.Today(_factory.Clock);
        Assert.Equal(200, await _factory.WithDbAsync(db => db.DailyVisits.Where(d => d.Day == today).Select(d => d.Visits).SingleAsync()));
    }

    [Fact]
    public async Task TheVisitEndsAfterThirtyMinutesWithoutAPageViewAndSlidesWithEachView()
    {
        using var browser = _factory.CreateBrowser();

        await browser.GetAsync("/");
        _factory.Clock.Advance(TimeSpan.FromMinutes(29));
        await browser.GetAsync("/");
        _factory.Clock.Advance(TimeSpan.FromMinutes(29));
        await browser.GetAsync("/");
        await _factory.FlushVisitsAsync();
        Assert.Equal(LegacyFigure + 1, await _factory.StoredVisitTotalAsync());

        _factory.Clock.Advance(TimeSpan.FromMinutes(31));
        await browser.GetAsync("/");
        await _factory.FlushVisitsAsync();
        Assert.Equal(LegacyFigure + 2, await _factory.StoredVisitTotalAsync());
    }

    [Theory]
    [InlineData("Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)")]
    [InlineData("Mozilla/5.0 (compatible; bingbot/2.0; +http://www.bing.com/bingbot.htm)")]
    [InlineData("facebookexternalhit/1.1 (+http://www.facebook.com/externalhit_uatext.php)")]
    [InlineData("Mozilla/5.0 (compatible; coccocbot-web/1.0; +http://help.coccoc.com/searchengine)")]
    [InlineData("curl/8.5.0")]
    public async Task AKnownCrawlerIsNotCounted(string userAgent)
    {
        using var crawler = _factory.CreateClient();
        crawler.DefaultRequestHeaders.UserAgent.ParseAdd(userAgent);

        var response = await crawler.GetAsync("/");
        await _factory.FlushVisitsAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.False(response.Headers.Contains("Set-Cookie"));
        Assert.Equal(LegacyFigure, await _factory.StoredVisitTotalAsync());
    }

    [Theory]
    [InlineData("/khong-co-trang-nay")]          // 404
    [InlineData("/chuyen-muc/kinh-te-dau-tu?trang=abc")] // 400
    [InlineData("/bai-viet/1")]                  // 301 to the canonical address
    [InlineData("/img/emblem.svg")]              // a static file
    [InlineData("/loi/500")]                     // an error page
    public async Task RedirectsErrorsAndStaticFilesAreNotVisits(string path)
    {
        using var browser = _factory.CreateBrowser();

        await browser.GetAsync(path);
        await _factory.FlushVisitsAsync();

        Assert.Equal(LegacyFigure, await _factory.StoredVisitTotalAsync());
    }

    [Fact]
    public async Task AHeadRequestIsNotAVisit()
    {
        using var browser = _factory.CreateBrowser();

        var response = await browser.SendAsync(new HttpRequestMessage(HttpMethod.Head, "/"));
        await _factory.FlushVisitsAsync();

        Assert.False(response.Headers.Contains("Set-Cookie"));
        Assert.Equal(LegacyFigure, await _factory.StoredVisitTotalAsync());
    }

    [Fact]
    public async Task TheSidebarShowsTheTotalGroupedTheVietnameseWay()
    {
        using var visitors = _factory.CreateBrowser(handleCookies: false);
        await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => visitors.GetAsync("/")));
        await _factory.FlushVisitsAsync();
        _factory.Clock.Advance(TimeSpan.FromMinutes(1)); // the cached home page shows a figure at most a minute old

        var html = await visitors.GetStringAsync("/");

        Assert.Contains("Số khách đã thăm: 25.903.251", Html.Text(html));
    }

    [Fact]
    public async Task VisitsSurviveARestartOnTheSameDatabase()
    {
        using (var first = new PortalFactory(_factory.Database))
        {
            using var visitors = first.CreateBrowser(handleCookies: false);
            await Task.WhenAll(Enumerable.Range(0, 7).Select(_ => visitors.GetAsync("/")));
            // No explicit flush: a graceful stop must store what the buffer holds.
        }

        using var second = new PortalFactory(_factory.Database);
        using var browser = second.CreateBrowser();
        var html = await browser.GetStringAsync("/");

        Assert.Equal(LegacyFigure + 7, await second.StoredVisitTotalAsync());
        Assert.Contains("Số khách đã thăm: 25.903.255", Html.Text(html));
    }
}
