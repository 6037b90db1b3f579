using System.Net;

namespace Portal.Tests.Integration.Outages;

/// <summary>
/// The portal killed outright (SIGKILL: no stop, no last flush). Visits are buffered in memory and flushed at an
/// interval, so what a crash loses is bounded by that interval: every visit before the last flush is stored, and
/// nothing is ever counted twice.
/// </summary>
public sealed class AKilledPortalLosesAtMostItsLastFlushInterval : IDisposable
{
    private readonly TestDatabase _database = TestDatabase.Create();

    public void Dispose() => _database.Dispose();

    [Fact]
    public async Task TheStoredTotalHoldsEveryVisitFlushedBeforeTheKillAndNeverMoreThanWereSent()
    {
        // Every visit here comes from this machine: the per-address visit limit is lifted to count all thirty.
        var settings = _database.Settings.Append(new("Portal:Visitors:VisitCounterFlushInterval", "00:00:00.5"))
            .Append(new("Portal:Visitors:NewVisitsPerAddressPerMinute", "0"));
        using var portal = PortalProcess.Start(settings);
        using var visitors = new HttpClient(new SocketsHttpHandler { UseCookies = false });
        visitors.DefaultRequestHeaders.UserAgent.ParseAdd(PortalFactory.BrowserUserAgent);
        await portal.WaitUntilServingAsync(visitors, TimeSpan.FromSeconds(90));
        var start = await StoredTotalAsync();

        await VisitAsync(portal, visitors, 20);
        var flushed = await WaitForStoredTotalAsync(start + 20, TimeSpan.FromSeconds(15));
        Assert.True(flushed, $"the first 20 visits were not flushed:\n{portal.Output}");
        await VisitAsync(portal, visitors, 10);
        portal.Kill();

        Assert.InRange(await StoredTotalAsync(), start + 20, start + 30);
    }

    private static async Task VisitAsync(PortalProcess portal, HttpClient visitors, int count)
    {
        for (var i = 0; i < count; i++)
        {
            // No cookie: each request is a new visitor's first page.
            Assert.Equal(HttpStatusCode.OK, (await visitors.GetAsync(portal.BaseUrl + "/")).StatusCode);
        }
    }

    private async Task<bool> WaitForStoredTotalAsync(long expected, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline)
        {
            if (await StoredTotalAsync() >= expected)
            {
                return true;
            }
            await Task.Delay(100);
        }
        return false;
    }

    private Task<long> StoredTotalAsync() => _database.ScalarAsync("SELECT \"Visits\" FROM \"VisitTotals\"");
}
