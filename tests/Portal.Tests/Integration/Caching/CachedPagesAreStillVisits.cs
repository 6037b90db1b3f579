using System.Net.Http.Headers;

namespace Portal.Tests.Integration.Caching;

/// <summary>The visitor counter runs before the cache: a page served from it counts, and its cookie is the reader's own.</summary>
public sealed class CachedPagesAreStillVisits : IDisposable
{
    private readonly PortalFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task EachNewVisitorOfACachedPageCountsAndGetsACookie()
    {
        using var visitors = _factory.CreateBrowser(handleCookies: false);
        await visitors.WarmAsync("/");
        await _factory.FlushVisitsAsync();
        var before = await _factory.StoredVisitTotalAsync();

        var responses = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => visitors.GetAsync("/")));
        await _factory.FlushVisitsAsync();

        Assert.All(responses, r => Assert.True(r.CameFromCache()));
        Assert.All(responses, r => Assert.StartsWith("portal_visit=", r.Headers.GetValues("Set-Cookie").Single(), StringComparison.Ordinal));
        Assert.Equal(before + 20, await _factory.StoredVisitTotalAsync());
    }

    [Fact]
    public async Task AReturningVisitorGetsTheCachedPageWithoutAnyoneElsesCookie()
    {
        using var visitors = _factory.CreateBrowser(handleCookies: false);
        var first = await visitors.GetAsync("/");
        var cookie = first.Headers.GetValues("Set-Cookie").Single().Split(';')[0];
        await visitors.GetAsync("/");
        await _factory.FlushVisitsAsync();
        var before = await _factory.StoredVisitTotalAsync();

        using var request = new HttpRequestMessage(HttpMethod.Get, "/");
        request.Headers.Add("Cookie", cookie);
        var returning = await visitors.SendAsync(request);
        await _factory.FlushVisitsAsync();

        Assert.True(returning.CameFromCache());
        Assert.False(returning.Headers.Contains("Set-Cookie"), "a cached page replayed a cookie");
        Assert.Equal(before, await _factory.StoredVisitTotalAsync());
    }

    [Fact]
    public async Task TheSidebarFigureOfACachedPageIsAtMostAMinuteOld()
    {
        using var visitors = _factory.CreateBrowser(handleCookies: false);
        await visitors.WarmAsync("/");
        await Task.WhenAll(Enumerable.Range(0, 5).Select(_ => visitors.GetAsync("/")));
        await _factory.FlushVisitsAsync();
        var total = await _factory.StoredVisitTotalAsync();

        _factory.Clock.Advance(TimeSpan.FromMinutes(1));
        var html = await visitors.GetStringAsync("/");

        // The page rendered now shows every visit before it (its own is counted as it is sent).
        Assert.Contains($"Số khách đã thăm: {Portal.Web.Localization.VietnameseText.FormatCount(total)}", Html.Text(html));
    }

    [Fact]
    public async Task ACrawlerGetsTheCachedPageWithoutBeingCounted()
    {
        using var visitors = _factory.CreateBrowser(handleCookies: false);
        await visitors.WarmAsync("/");
        await _factory.FlushVisitsAsync();
        var before = await _factory.StoredVisitTotalAsync();
        using var crawler = _factory.CreateClient();
        crawler.DefaultRequestHeaders.UserAgent.Add(new ProductInfoHeaderValue("Googlebot", "2.1"));

        var response = await crawler.GetAsync("/");
        await _factory.FlushVisitsAsync();

        Assert.True(response.CameFromCache());
        Assert.False(response.Headers.Contains("Set-Cookie"));
        Assert.Equal(before, await _factory.StoredVisitTotalAsync());
    }
}
