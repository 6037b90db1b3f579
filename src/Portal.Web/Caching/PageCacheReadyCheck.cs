using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Portal.Web.Caching;

/// <summary>The shared page cache (Redis) answers a read within two seconds.</summary>
public sealed class PageCacheReadyCheck(IOutputCacheStore store) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(2));
        try
        {
            await store.GetAsync("health-probe", timeout.Token);
            return HealthCheckResult.Healthy();
        }
        catch (Exception exception) when (exception is not OperationCanceledException || timeout.IsCancellationRequested)
        {
            return HealthCheckResult.Unhealthy("The page cache does not answer.", exception);
        }
    }
}
