using Microsoft.EntityFrameworkCore;
using Portal.Web.Common;
using Portal.Web.Data;
using Portal.Web.Localization;

namespace Portal.Web.Auditing;

/// <summary>The item an entry is about, by key (<see cref="AuditEntry.SubjectKind"/>), so its history reads it without parsing the target.</summary>
public sealed record AuditSubject(string Kind, int Id);

public sealed record AuditQuery(string? Action = null, string? UserName = null, DateOnly? From = null, DateOnly? To = null, int Page = 1);

/// <summary>Writes and reads the audit log. An entry is added to the context and saved with the change it records.</summary>
public sealed class AuditLog(PortalDbContext db, TimeProvider time)
{
    public const int PageSize = 50;

    /// <summary>Adds the entry to the context, for the caller's save (and transaction) to write with its change.</summary>
    public AuditEntry Add(string userName, string action, string target = "", string details = "", AuditSubject? subject = null) =>
        db.AuditEntries.Add(new AuditEntry
        {
            At = time.GetUtcNow().UtcDateTime,
            UserName = Truncate(userName),
            Action = action,
            Target = Truncate(target),
            Details = Truncate(details),
            SubjectKind = subject?.Kind,
            SubjectId = subject?.Id,
        }).Entity;

    /// <summary>Records at once, for events that change nothing else (sign-ins).</summary>
    public async Task RecordAsync(string userName, string action, string target = "", string details = "", CancellationToken cancellationToken = default)
    {
        Add(userName, action, target, details);
        await db.SaveChangesAsync(cancellationToken);
    }

    public async Task<Paged<AuditEntry>> SearchAsync(AuditQuery query, CancellationToken cancellationToken = default)
    {
        var entries = db.AuditEntries.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(query.Action))
        {
            entries = entries.Where(e => e.Action == query.Action);
        }
        if (!string.IsNullOrWhiteSpace(query.UserName))
        {
            // In any case, so "Admin" finds admin@...
            entries = entries.Where(LikePattern.AnyHolds<AuditEntry>(query.UserName, e => e.UserName));
        }
        // The first and last days a DateOnly can hold have no Vietnam midnight in UTC: they bound nothing.
        if (query.From is { } from && from > DateOnly.MinValue)
        {
            var fromUtc = VietnamTime.ToUtc(from.ToDateTime(TimeOnly.MinValue));
            entries = entries.Where(e => e.At >= fromUtc);
        }
        if (query.To is { } to && to < DateOnly.MaxValue)
        {
            var toUtc = VietnamTime.ToUtc(to.AddDays(1).ToDateTime(TimeOnly.MinValue));
            entries = entries.Where(e => e.At < toUtc);
        }
        return await entries.OrderByDescending(e => e.At).ThenByDescending(e => e.Id).PageAsync(query.Page, PageSize, cancellationToken);
    }

    private static string Truncate(string text) =>
        text.Length <= AuditEntry.TextMaxLength ? text : text[..(AuditEntry.TextMaxLength - 1)] + "…";
}
