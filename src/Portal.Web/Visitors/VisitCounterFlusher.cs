using Microsoft.Extensions.Options;
using Portal.Web.Data;

namespace Portal.Web.Visitors;

/// <summary>
/// Moves buffered visits to the database at a short interval, and once more after the server has stopped
/// (<see cref="StoppedAsync"/> runs after the last request has ended), so a graceful stop loses nothing.
/// </summary>
public sealed class VisitCounterFlusher(
    VisitCounter counter,
    IServiceScopeFactory scopes,
    TimeProvider time,
    IOptions<VisitorOptions> options,
    ILogger<VisitCounterFlusher> logger) : BackgroundService, IHostedLifecycleService
{
    // Never disposed: it holds no wait handle, and a last flush may still need it while the host is disposed.
    private readonly SemaphoreSlim _oneAtATime = new(1, 1);
    private long _lastTotalReadTimestamp;

    public async Task StartingAsync(CancellationToken cancellationToken)
    {
        try
        {
            await RefreshTotalAsync(cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // A database hiccup at start must not stop the site; the next tick tries again.
            logger.LogWarning(ex, "Could not read the visitor total at start-up");
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.VisitCounterFlushInterval, time);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                await FlushAsync(stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    public async Task StoppedAsync(CancellationToken cancellationToken)
    {
        // The host's stop token may already be spent; the last flush gets its own few seconds.
        using var lastChance = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        for (var attempt = 1; attempt <= 3 && counter.HasPending; attempt++)
        {
            await FlushAsync(lastChance.Token);
        }
        if (counter.HasPending)
        {
            logger.LogError("Stopping with visits that could not be stored: {DisplayedTotal} shown", counter.DisplayedTotal);
        }
    }

    /// <summary>Stores what the buffer holds; on failure the visits go back into it for the next try.</summary>
    public async Task FlushAsync(CancellationToken cancellationToken = default)
    {
        await _oneAtATime.WaitAsync(cancellationToken);
        try
        {
            if (!counter.HasPending)
            {
                if (time.GetElapsedTime(Interlocked.Read(ref _lastTotalReadTimestamp)) >= options.Value.TotalRefreshInterval)
                {
                    await RefreshTotalAsync(cancellationToken);
                }
                return;
            }
            var pending = counter.TakePending();
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var total = await scope.ServiceProvider.GetRequiredService<VisitStore>().AddAsync(pending, cancellationToken);
                counter.Flushed(pending, total);
                Interlocked.Exchange(ref _lastTotalReadTimestamp, time.GetTimestamp());
            }
            catch (Exception ex)
            {
                counter.FlushFailed(pending);
                // Through an outage this comes at every tick: its reason then, not its stack trace.
                logger.LogWarning(DatabaseUnavailable.Is(ex) ? null : ex, "Visitor counter flush of {Visits} visit(s) failed; kept for the next try. {Reason}",
                    pending.Total, DatabaseUnavailable.Reason(ex));
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogWarning(DatabaseUnavailable.Is(ex) ? null : ex, "Could not read the visitor total. {Reason}", DatabaseUnavailable.Reason(ex));
        }
        finally
        {
            _oneAtATime.Release();
        }
    }

    private async Task RefreshTotalAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        counter.PersistedTotalRead(await scope.ServiceProvider.GetRequiredService<VisitStore>().ReadTotalAsync(cancellationToken));
        Interlocked.Exchange(ref _lastTotalReadTimestamp, time.GetTimestamp());
    }

    public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
