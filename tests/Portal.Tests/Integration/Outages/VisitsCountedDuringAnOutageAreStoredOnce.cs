using System.Net;

namespace Portal.Tests.Integration.Outages;

/// <summary>
/// Visits to cached pages go on being counted while the database is away; the flushes fail and keep them, and the
/// first flush after it returns stores them all, once.
/// </summary>
public sealed class VisitsCountedDuringAnOutageAreStoredOnce : IDisposable
{
    private readonly PortalFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task TheStoredTotalIsExactAfterTheDatabaseReturns()
    {
        using var firstReader = _factory.CreateBrowser(handleCookies: false);
        Assert.Equal(HttpStatusCode.OK, (await firstReader.GetAsync("/")).StatusCode);
        await _factory.FlushVisitsAsync();
        var before = await _factory.StoredVisitTotalAsync();
        const int Visitors = 7;

        _factory.Database.TakeAway();
        try
        {
            for (var i = 0; i < Visitors; i++)
            {
                using var newVisitor = _factory.CreateBrowser(handleCookies: false);
                var page = await newVisitor.GetAsync("/");
                Assert.Equal(HttpStatusCode.OK, page.StatusCode);
                Assert.NotNull(page.Headers.Age);
                if (i % 3 == 0)
                {
                    await _factory.FlushVisitsAsync();
                }
            }
            await _factory.FlushVisitsAsync();
        }
        finally
        {
            _factory.Database.BringBack();
        }

        await _factory.FlushVisitsAsync();
        Assert.Equal(before + Visitors, await _factory.StoredVisitTotalAsync());
        await _factory.FlushVisitsAsync();
        Assert.Equal(before + Visitors, await _factory.StoredVisitTotalAsync());
    }
}
