using System.Net;

namespace Portal.Tests.Integration.Outages;

/// <summary>
/// Through an outage every page that needs the database writes one warning line with the reason, not a stack
/// trace: the log stays readable while it lasts. (The portal as its own process: its console is its log.)
/// </summary>
public sealed class AnOutageIsLoggedAsOneWarningLinePerRequest : IDisposable
{
    private const string Warning = "Database unavailable; answered 503 to GET /search";

    private readonly TestDatabase _database = TestDatabase.Create();

    public void Dispose() => _database.Dispose();

    [Fact]
    public async Task ThreeRequestsDuringAnOutageWriteThreeWarningLinesAndNoStackTrace()
    {
        using var portal = PortalProcess.Start(_database.Settings);
        using var reader = new HttpClient();
        reader.DefaultRequestHeaders.UserAgent.ParseAdd(PortalFactory.BrowserUserAgent);
        await portal.WaitUntilServingAsync(reader, TimeSpan.FromSeconds(90));

        _database.TakeAway();
        try
        {
            for (var i = 0; i < 3; i++)
            {
                Assert.Equal(HttpStatusCode.ServiceUnavailable, (await reader.GetAsync(portal.BaseUrl + "/search?q=bao")).StatusCode);
            }
        }
        finally
        {
            _database.BringBack();
        }
        Assert.Equal(HttpStatusCode.OK, (await reader.GetAsync(portal.BaseUrl + "/search?q=bao")).StatusCode);
        portal.Kill();

        var lines = portal.Output.Split('\n');
        var warnings = lines.Where(line => line.Contains(Warning, StringComparison.Ordinal)).ToList();
        Assert.True(warnings.Count == 3, portal.Output);
        Assert.All(warnings, line => Assert.Contains(" WRN] ", line));
        Assert.DoesNotContain(lines, line => line.TrimStart().StartsWith("at ", StringComparison.Ordinal));
    }
}
