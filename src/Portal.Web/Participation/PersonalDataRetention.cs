using Microsoft.Extensions.Options;

namespace Portal.Web.Participation;

/// <summary>
/// Erases the personal data whose retention has run out (<see cref="ParticipationOptions.RetentionMonths"/>): a
/// minute after start (the first pages are served first), then every few hours. A failed run (the database away) is
/// logged and tried again at the next one.
/// </summary>
public sealed class PersonalDataRetention(
    IServiceScopeFactory scopes,
    IOptions<ParticipationOptions> options,
    TimeProvider time,
    ILogger<PersonalDataRetention> logger) : BackgroundService
{
    public static readonly TimeSpan Interval = TimeSpan.FromHours(6);

    /// <summary>The wait before the first run: its queries would compete with the first requests for the CPU.</summary>
    public static readonly TimeSpan StartDelay = TimeSpan.FromMinutes(1);

    /// <summary>The audit log's "who" for what the portal does by itself.</summary>
    public const string AuditUserName = "system";

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var wait = StartDelay;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await Task.Delay(wait, time, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
            wait = Interval;
            try
            {
                await RunOnceAsync(stoppingToken);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                logger.LogWarning(exception, "Erasing expired personal data failed; the next run tries again");
            }
        }
    }

    /// <summary>One run: every kind's expired rows erased, one audit entry if any were. Returns the rows erased.</summary>
    public async Task<int> RunOnceAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var requests = scope.ServiceProvider.GetRequiredService<PersonalDataRequests>();
        var erased = await requests.EraseExpiredAsync(options.Value.RetentionMonths, AuditUserName, cancellationToken);
        if (erased > 0)
        {
            logger.LogInformation("Erased the personal data of {Count} rows past their retention", erased);
        }
        return erased;
    }
}
