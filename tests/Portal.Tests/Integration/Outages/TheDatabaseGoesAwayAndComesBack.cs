using System.Net;
using Microsoft.EntityFrameworkCore;

namespace Portal.Tests.Integration.Outages;

/// <summary>
/// The database goes away while the portal runs (the SQLite file moved aside, or PostgreSQL closed to connections
/// with its sessions ended) and comes back: cached pages stay up, other pages say so kindly, no restart is needed.
/// </summary>
public sealed class TheDatabaseGoesAwayAndComesBack : IDisposable
{
    private readonly PortalFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task CachedPagesStayUpOtherPagesAnswerAFriendly503AndEverythingComesBackWithoutARestart()
    {
        var article = await _factory.WithDbAsync(db => db.Articles.OrderBy(a => a.Id).FirstAsync());
        var articleUrl = $"/bai-viet/{article.Id}/{article.Slug}";
        using var reader = _factory.CreateBrowser(handleCookies: false);
        Assert.Equal(HttpStatusCode.OK, (await reader.GetAsync("/")).StatusCode);

        _factory.Database.TakeAway();
        try
        {
            var cached = await reader.GetAsync("/");
            Assert.Equal(HttpStatusCode.OK, cached.StatusCode);
            Assert.NotNull(cached.Headers.Age);

            var page = await reader.GetAsync(articleUrl);
            Assert.Equal(HttpStatusCode.ServiceUnavailable, page.StatusCode);
            Assert.Equal(TimeSpan.FromSeconds(30), page.Headers.RetryAfter?.Delta);
            Assert.True(page.Headers.CacheControl?.NoStore, "an outage's answer is never stored");
            var text = Html.Text(await page.Content.ReadAsStringAsync());
            Assert.Contains("Hệ thống tạm thời gián đoạn", text);
            Assert.Contains("Xin thử lại sau ít phút.", text);
            Assert.DoesNotContain("Exception", text);

            // A page that needs no database still renders, its navigation bare.
            var missing = await reader.GetAsync("/trang-nay-khong-co");
            Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
            Assert.Contains("Không tìm thấy trang", Html.Text(await missing.Content.ReadAsStringAsync()));

            Assert.Equal(HttpStatusCode.ServiceUnavailable, (await reader.GetAsync("/healthz/ready")).StatusCode);
            Assert.Equal(HttpStatusCode.OK, (await reader.GetAsync("/healthz")).StatusCode);
        }
        finally
        {
            _factory.Database.BringBack();
        }

        Assert.Equal(HttpStatusCode.OK, (await reader.GetAsync("/healthz/ready")).StatusCode);
        var back = await reader.GetAsync(articleUrl);
        Assert.Equal(HttpStatusCode.OK, back.StatusCode);
        Assert.Contains(article.Title, Html.Text(await back.Content.ReadAsStringAsync()));
    }
}
