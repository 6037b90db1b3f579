using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using MimeKit;
using Portal.Web.Data;

namespace Portal.Web.Mail;

/// <summary>
/// Sends the outbox's due messages over SMTP, a batch at a time. A message is claimed before it is sent
/// (<see cref="OutboxMessage.LockedUntil"/>, set by one conditional UPDATE per row, which only one server wins), so
/// servers sharing a database never both send it; every outcome is written back at once, so a restart or an outage
/// loses nothing. A failure is tried again after a wait that doubles from <see cref="MailOptions.FirstRetryDelay"/>;
/// a permanent refusal (5xx), or the last try, marks the message failed. With no SMTP host nothing is sent.
/// </summary>
public sealed class OutboxSender(
    IServiceScopeFactory scopes,
    OutboxSignal signal,
    TimeProvider time,
    IOptionsMonitor<MailOptions> options,
    ILogger<OutboxSender> logger) : BackgroundService
{
    public const int BatchSize = 20;

    /// <summary>How long a claim lasts: past it, a message its sender never finished (a crash) is taken again.</summary>
    public static readonly TimeSpan ClaimDuration = TimeSpan.FromMinutes(10);

    private const int ErrorShownLength = 300;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                var until = time.GetUtcNow().UtcDateTime + options.CurrentValue.PollInterval;
                if (options.CurrentValue.Configured)
                {
                    while (await SendDueAsync(stoppingToken) == BatchSize)
                    {
                    }
                    until = await NextDueAsync(until, stoppingToken);
                }
                await WaitAsync(until, stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    /// <summary>Sends one batch of due messages; returns how many it claimed.</summary>
    public async Task<int> SendDueAsync(CancellationToken cancellationToken)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
            var claimed = await ClaimAsync(db, cancellationToken);
            if (claimed.Count > 0)
            {
                await SendAsync(db, claimed, cancellationToken);
            }
            return claimed.Count;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // The database is away, most likely; the messages wait in their table for the next round.
            logger.LogWarning(DatabaseUnavailable.Is(ex) ? null : ex, "The outbox could not be read or updated. {Reason}", DatabaseUnavailable.Reason(ex));
            return 0;
        }
    }

    /// <summary>
    /// When the next queued message falls due (a retry's time, or another server's claim running out), at the
    /// latest <paramref name="poll"/>: a retry goes out on time, not up to a poll late.
    /// </summary>
    private async Task<DateTime> NextDueAsync(DateTime poll, CancellationToken cancellationToken)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
            var next = await db.OutboxMessages
                .Where(m => m.State == OutboxState.Queued)
                .Select(m => (DateTime?)(m.LockedUntil != null && m.LockedUntil > m.NextAttemptAt ? m.LockedUntil.Value : m.NextAttemptAt))
                .MinAsync(cancellationToken);
            // Due already (it fell due during the round): the next round takes it at once.
            return next is { } due && due < poll ? due : poll;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            return poll;
        }
    }

    private async Task WaitAsync(DateTime until, CancellationToken stoppingToken)
    {
        var wait = until - time.GetUtcNow().UtcDateTime;
        if (wait <= TimeSpan.Zero)
        {
            return;
        }
        using var either = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
        var woken = signal.WaitAsync(either.Token);
        var polled = Task.Delay(wait, time, either.Token);
        // The clock may have passed the time between reading it and setting the timer, which then counts from
        // later: looked at again once the timer is set, nothing due is left waiting for the next poll.
        if (time.GetUtcNow().UtcDateTime < until)
        {
            await Task.WhenAny(woken, polled);
        }
        await either.CancelAsync();
        stoppingToken.ThrowIfCancellationRequested();
    }

    private async Task<List<OutboxMessage>> ClaimAsync(PortalDbContext db, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var due = await db.OutboxMessages
            .Where(m => m.State == OutboxState.Queued && m.NextAttemptAt <= now && (m.LockedUntil == null || m.LockedUntil <= now))
            .OrderBy(m => m.NextAttemptAt).ThenBy(m => m.Id)
            .Select(m => m.Id)
            .Take(BatchSize)
            .ToListAsync(cancellationToken);
        var until = now + ClaimDuration;
        var mine = new List<long>();
        foreach (var id in due)
        {
            var won = await db.OutboxMessages
                .Where(m => m.Id == id && m.State == OutboxState.Queued && (m.LockedUntil == null || m.LockedUntil <= now))
                .ExecuteUpdateAsync(s => s.SetProperty(m => m.LockedUntil, until), cancellationToken);
            if (won == 1)
            {
                mine.Add(id);
            }
        }
        return mine.Count == 0
            ? []
            : await db.OutboxMessages.AsNoTracking().Where(m => mine.Contains(m.Id)).OrderBy(m => m.NextAttemptAt).ThenBy(m => m.Id).ToListAsync(cancellationToken);
    }

    private async Task SendAsync(PortalDbContext db, List<OutboxMessage> messages, CancellationToken cancellationToken)
    {
        var settings = options.CurrentValue;
        using var client = new SmtpClient { Timeout = 30_000 };
        var next = 0;
        try
        {
            await client.ConnectAsync(settings.Host, settings.Port, SocketOptions(settings.Security), cancellationToken);
            if (!string.IsNullOrEmpty(settings.UserName))
            {
                await client.AuthenticateAsync(settings.UserName, settings.Password, cancellationToken);
            }
            for (; next < messages.Count; next++)
            {
                await SendOneAsync(db, client, messages[next], settings, cancellationToken);
            }
            await client.DisconnectAsync(quit: true, cancellationToken);
        }
        catch (OperationCanceledException)
        {
            // Stopping: what was not sent is free at once for the next start or another server.
            await ReleaseAsync(db, messages.Skip(next));
            throw;
        }
        catch (Exception ex) when (next < messages.Count)
        {
            // No connection (refused, timed out, dropped, or the sign-in refused): every message left waits its turn.
            var reason = Reason(ex);
            logger.LogWarning("The SMTP server {Host}:{Port} could not take {Count} outbox message(s): {Reason}",
                settings.Host, settings.Port, messages.Count - next, ex.GetType().Name + ": " + Short(ex.Message));
            foreach (var message in messages.Skip(next))
            {
                await FailedAsync(db, message, Mask(reason, message.ToAddress), permanent: false);
            }
        }
        catch (Exception ex)
        {
            // Every message is sent and recorded; only the goodbye failed.
            logger.LogDebug(ex, "The SMTP server did not take the QUIT");
        }
    }

    private async Task SendOneAsync(PortalDbContext db, SmtpClient client, OutboxMessage message, MailOptions settings, CancellationToken cancellationToken)
    {
        MimeMessage mime;
        try
        {
            mime = OutboxMime.Build(message, settings);
        }
        catch (ParseException)
        {
            await FailedAsync(db, message, "Địa chỉ người nhận không hợp lệ.", permanent: true);
            return;
        }
        try
        {
            await client.SendAsync(OutboxMime.Format, mime, cancellationToken);
        }
        catch (SmtpCommandException ex)
        {
            // The server answered: 5xx is a refusal for good, 4xx a "later". The connection stays usable.
            var permanent = (int)ex.StatusCode >= 500;
            logger.LogWarning("Outbox message {OutboxId} ({Purpose}) refused by the SMTP server: {Status} {ErrorCode}",
                message.Id, message.Purpose, (int)ex.StatusCode, ex.ErrorCode);
            await FailedAsync(db, message, Mask($"{(int)ex.StatusCode} {Short(ex.Message)}", message.ToAddress), permanent);
            return;
        }
        var now = time.GetUtcNow().UtcDateTime;
        await db.OutboxMessages.Where(m => m.Id == message.Id).ExecuteUpdateAsync(s => s
            .SetProperty(m => m.State, OutboxState.Sent)
            .SetProperty(m => m.SentAt, now)
            .SetProperty(m => m.Attempts, message.Attempts + 1)
            .SetProperty(m => m.LastError, "")
            .SetProperty(m => m.LockedUntil, (DateTime?)null), CancellationToken.None);
        logger.LogInformation("Sent outbox message {OutboxId} ({Purpose})", message.Id, message.Purpose);
    }

    private async Task FailedAsync(PortalDbContext db, OutboxMessage message, string error, bool permanent)
    {
        var attempts = message.Attempts + 1;
        var settings = options.CurrentValue;
        var givenUp = permanent || attempts >= settings.MaxAttempts;
        var next = time.GetUtcNow().UtcDateTime + RetryDelay(settings.FirstRetryDelay, attempts);
        var state = givenUp ? OutboxState.Failed : OutboxState.Queued;
        error = error.Length > OutboxMessage.ErrorMaxLength ? error[..OutboxMessage.ErrorMaxLength] : error;
        await db.OutboxMessages.Where(m => m.Id == message.Id).ExecuteUpdateAsync(s => s
            .SetProperty(m => m.State, state)
            .SetProperty(m => m.Attempts, attempts)
            .SetProperty(m => m.NextAttemptAt, next)
            .SetProperty(m => m.LastError, error)
            .SetProperty(m => m.LockedUntil, (DateTime?)null), CancellationToken.None);
        if (givenUp)
        {
            logger.LogError("Outbox message {OutboxId} ({Purpose}) failed after {Attempts} attempt(s)", message.Id, message.Purpose, attempts);
        }
    }

    private static async Task ReleaseAsync(PortalDbContext db, IEnumerable<OutboxMessage> messages)
    {
        var ids = messages.Select(m => m.Id).ToList();
        if (ids.Count > 0)
        {
            await db.OutboxMessages.Where(m => ids.Contains(m.Id) && m.State == OutboxState.Queued)
                .ExecuteUpdateAsync(s => s.SetProperty(m => m.LockedUntil, (DateTime?)null), CancellationToken.None);
        }
    }

    /// <summary>The wait after the given number of failed tries: the first delay, doubled after each further one.</summary>
    public static TimeSpan RetryDelay(TimeSpan first, int attempts) =>
        first * Math.Pow(2, Math.Clamp(attempts - 1, 0, 20));

    private static SecureSocketOptions SocketOptions(string security) => security.Trim().ToLowerInvariant() switch
    {
        "none" => SecureSocketOptions.None,
        "tls" or "ssl" or "sslonconnect" => SecureSocketOptions.SslOnConnect,
        _ => SecureSocketOptions.StartTls,
    };

    private static string Reason(Exception ex) => ex switch
    {
        AuthenticationException => "Máy chủ thư từ chối đăng nhập: " + Short(ex.Message),
        SmtpCommandException command => $"{(int)command.StatusCode} {Short(ex.Message)}",
        _ => "Không kết nối được máy chủ thư: " + Short(ex.Message),
    };

    private static string Short(string text)
    {
        var line = string.Join(' ', text.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries)).Trim();
        return line.Length > ErrorShownLength ? line[..ErrorShownLength] + "…" : line;
    }

    /// <summary>A server's reply may name the recipient; the newsroom's list shows addresses masked only.</summary>
    private static string Mask(string error, string address) =>
        address.Length == 0 ? error : error.Replace(address, OutboxList.MaskAddress(address), StringComparison.OrdinalIgnoreCase);
}
