using System.Net;
using Microsoft.EntityFrameworkCore;

namespace Portal.Tests.Integration;

/// <summary><c>/healthz</c> for liveness, <c>/healthz/ready</c> for a load balancer: neither a visit nor cached.</summary>
public sealed class HealthChecksTests : IDisposable
{
    private readonly PortalFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task BothAnswerHealthyOnAMigratedDatabaseAndCountNoVisit()
    {
        using var probe = _factory.CreateBrowser(handleCookies: false);
        await _factory.FlushVisitsAsync();
        var before = await _factory.StoredVisitTotalAsync();

        foreach (var url in new[] { "/healthz", "/healthz/ready", "/healthz", "/healthz/ready" })
        {
            var response = await probe.GetAsync(url);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
            Assert.False(response.Headers.Contains("Set-Cookie"));
            Assert.Null(response.Headers.Age);
        }
        await _factory.FlushVisitsAsync();
        Assert.Equal(before, await _factory.StoredVisitTotalAsync());
    }

    [Fact]
    public async Task ReadinessFailsWhileAMigrationIsMissingAndLivenessDoesNot()
    {
        using var probe = _factory.CreateBrowser();
        Assert.Equal(HttpStatusCode.OK, (await probe.GetAsync("/healthz/ready")).StatusCode);
        var last = await _factory.WithDbAsync(db => Task.FromResult(db.Database.GetMigrations().Last()));

        await _factory.WithDbAsync(db => db.Database.ExecuteSqlAsync($"DELETE FROM \"__EFMigrationsHistory\" WHERE \"MigrationId\" = {last}"));

        var ready = await probe.GetAsync("/healthz/ready");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
        Assert.Equal("Unhealthy", await ready.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, (await probe.GetAsync("/healthz")).StatusCode);
    }
}
