using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Portal.Web.Data;

namespace Portal.Web.Hosting;

/// <summary>
/// <c>/healthz</c>: the process answers (liveness, no check). <c>/healthz/ready</c>: the database answers and has
/// every migration, so a load balancer may send readers here. Neither is counted as a visit nor cached.
/// </summary>
public static class HealthSetup
{
    public const string ReadyTag = "ready";

    private static readonly HttpMethodMetadata ReadOnly = new([HttpMethods.Get, HttpMethods.Head]);

    public static IServiceCollection AddPortalHealthChecks(this IServiceCollection services)
    {
        services.AddHealthChecks().AddCheck<DatabaseReadyCheck>("database", tags: [ReadyTag]);
        return services;
    }

    public static IEndpointRouteBuilder MapPortalHealthChecks(this IEndpointRouteBuilder app)
    {
        // Probes read; any other method is a 405, as everywhere else on the site.
        app.MapHealthChecks("/healthz", new HealthCheckOptions { Predicate = _ => false }).WithMetadata(ReadOnly);
        app.MapHealthChecks("/healthz/ready", new HealthCheckOptions { Predicate = check => check.Tags.Contains(ReadyTag) }).WithMetadata(ReadOnly);
        return app;
    }
}

/// <summary>The database is reachable and its schema is the one this build expects.</summary>
public sealed class DatabaseReadyCheck(PortalDbContext db) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            if (!await db.Database.CanConnectAsync(cancellationToken))
            {
                return HealthCheckResult.Unhealthy("The database does not answer.");
            }
            var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
            return pending.Count == 0
                ? HealthCheckResult.Healthy()
                : HealthCheckResult.Unhealthy($"{pending.Count} migration(s) not applied: {string.Join(", ", pending)}.");
        }
        catch (Exception exception) when (DatabaseUnavailable.Is(exception))
        {
            // Probed every few seconds through an outage: the reason, not a stack trace each time.
            DatabaseUnavailable.ClearPools();
            return HealthCheckResult.Unhealthy($"The database is unavailable. {DatabaseUnavailable.Reason(exception)}");
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            return HealthCheckResult.Unhealthy("The database could not be read.", exception);
        }
    }
}
