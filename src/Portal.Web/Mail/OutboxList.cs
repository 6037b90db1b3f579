using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Portal.Web.Auditing;
using Portal.Web.Common;
using Portal.Web.Data;

namespace Portal.Web.Mail;

/// <summary>A row of the newsroom's outbox list: the recipient masked, never the message's content.</summary>
public sealed record OutboxRow(
    long Id, string Purpose, string Recipient, string Subject, DateTime CreatedAt, int Attempts, OutboxState State,
    string LastError, DateTime? SentAt, DateTime NextAttemptAt);

public enum ResendOutcome
{
    NotFound,
    StillQueued,
    Requeued,
    Copied,
}

/// <summary>The newsroom's view of the outbox ("Thư đi"), and an administrator's resend.</summary>
public sealed class OutboxList(PortalDbContext db, Outbox outbox, AuditLog audit, TimeProvider time, IOptions<MailOptions> options)
{
    public const int PageSize = 50;

    public bool Configured => options.Value.Configured;

    public async Task<Paged<OutboxRow>> ListAsync(OutboxState? state, int page, CancellationToken cancellationToken = default)
    {
        var rows = db.OutboxMessages.AsNoTracking();
        if (state is { } only)
        {
            rows = rows.Where(m => m.State == only);
        }
        var paged = await rows.OrderByDescending(m => m.CreatedAt).ThenByDescending(m => m.Id).PageAsync(page, PageSize, cancellationToken);
        return new Paged<OutboxRow>(
            [.. paged.Items.Select(m => new OutboxRow(m.Id, m.Purpose, MaskAddress(m.ToAddress), m.Subject, m.CreatedAt, m.Attempts, m.State,
                m.LastError, m.SentAt, m.NextAttemptAt))],
            paged.PageNumber, paged.PageCount, paged.Total);
    }

    /// <summary>
    /// A failed message goes back in the queue as it was, with the same Message-Id (it never arrived); a sent one
    /// is sent again as a copy with a Message-Id of its own (the first did arrive, and a reader's client would hide
    /// a second with the same id). A queued one is left to the sender.
    /// </summary>
    public async Task<ResendOutcome> ResendAsync(long id, string userName, CancellationToken cancellationToken = default)
    {
        var message = await db.OutboxMessages.FirstOrDefaultAsync(m => m.Id == id, cancellationToken);
        if (message is null)
        {
            return ResendOutcome.NotFound;
        }
        if (message.State == OutboxState.Queued)
        {
            return ResendOutcome.StillQueued;
        }
        var outcome = ResendOutcome.Requeued;
        if (message.State == OutboxState.Failed)
        {
            message.State = OutboxState.Queued;
            message.Attempts = 0;
            message.NextAttemptAt = time.GetUtcNow().UtcDateTime;
            message.LockedUntil = null;
        }
        else
        {
            outbox.Copy(message);
            outcome = ResendOutcome.Copied;
        }
        audit.Add(userName, AuditActions.MailResent, $"#{message.Id}", $"{message.Purpose}: {Cut(message.Subject)}");
        await db.SaveChangesAsync(cancellationToken);
        return outcome;
    }

    /// <summary><c>nguyen@example.org</c> as <c>ng***@example.org</c>: enough to tell messages apart, not to read the address.</summary>
    public static string MaskAddress(string address)
    {
        var at = address.LastIndexOf('@');
        if (at <= 0)
        {
            return "***";
        }
        var local = address[..at];
        return local[..Math.Min(2, local.Length)] + "***" + address[at..];
    }

    private static string Cut(string text) => text.Length > 200 ? text[..200] + "…" : text;
}
