using System.Net;
using Portal.Tests.Integration.Caching;

namespace Portal.Tests.Integration.Security;

/// <summary>Searches per client address: past the limit a friendly 429 with Retry-After; others and cached pages unaffected.</summary>
public sealed class SearchesAreRateLimited : IDisposable
{
    private readonly PortalFactory _factory = new() { TestServices = ClientAddresses.AddTo };

    public SearchesAreRateLimited() => _factory.Settings["Portal:Security:SearchesPerMinute"] = "3";

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task TheFourthSearchInAMinuteWaitsAndNobodyElseDoes()
    {
        using var busy = ClientAddresses.BrowserFrom(_factory, "203.0.113.7");
        using var other = ClientAddresses.BrowserFrom(_factory, "203.0.113.8");
        await busy.WarmAsync("/");

        for (var search = 1; search <= 3; search++)
        {
            Assert.Equal(HttpStatusCode.OK, (await busy.GetAsync($"/search?q=n%C3%B4ng+th%C3%B4n+{search}")).StatusCode);
        }
        var refused = await busy.GetAsync("/search?q=n%C3%B4ng+th%C3%B4n");

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.InRange(refused.Headers.RetryAfter!.Delta!.Value, TimeSpan.FromSeconds(1), TimeSpan.FromMinutes(1));
        var page = await refused.Content.ReadAsStringAsync();
        Assert.Contains("Quá nhiều yêu cầu", page);
        Assert.Contains("Xin đợi một lát rồi thử lại.", page);
        Assert.Null(refused.Headers.Age);
        SecurityHeaders.AssertAllPresent(refused);

        // Another reader searches the same words and gets results, not a stored refusal.
        var elsewhere = await other.GetAsync("/search?q=n%C3%B4ng+th%C3%B4n");
        Assert.Equal(HttpStatusCode.OK, elsewhere.StatusCode);
        Assert.Contains("search-results", await elsewhere.Content.ReadAsStringAsync());
        // The busy reader still gets the search form and cached pages.
        Assert.Equal(HttpStatusCode.OK, (await busy.GetAsync("/search")).StatusCode);
        var home = await busy.GetAsync("/");
        Assert.Equal(HttpStatusCode.OK, home.StatusCode);
        Assert.True(home.CameFromCache());
    }
}
