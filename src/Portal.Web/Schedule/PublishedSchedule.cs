using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Portal.Web.Data;
using Portal.Web.Publishing;

namespace Portal.Web.Schedule;

/// <summary>A leader as an entry names them: linked to their place in the directory.</summary>
public sealed record ScheduleLeader(int Id, string Name, string Title, string AgencySlug);

/// <summary>An entry as citizens read it.</summary>
public sealed record PublicScheduleEntry(
    int Id, DateTime StartsAt, DateTime? EndsAt, string Content, string Place, string Attendees, string PreparingUnit,
    IReadOnlyList<ScheduleLeader> Leaders, DateTime? ChangedAt, bool IsCancelled, int Sequence, DateTime PublishedAt, DateTime UpdatedAt);

/// <summary>The rule of what citizens may see of the schedule, written once.</summary>
public static class ScheduleVisibility
{
    public static Expression<Func<ScheduleEntry, bool>> VisibleAt(DateTime now) =>
        e => e.Status == PublicationStatus.Published && e.PublishedAt <= now;

    public static Expression<Func<ScheduleEntry, bool>> ScheduledAfter(DateTime now) =>
        e => e.Status == PublicationStatus.Published && e.PublishedAt > now;
}

/// <summary>Reads the published schedule: a week, a leader's entries, the entries of the calendar feeds.</summary>
public sealed class PublishedSchedule(PortalDbContext db, TimeProvider time)
{
    /// <summary>How far back the calendar feeds reach; everything ahead is in them.</summary>
    public static readonly TimeSpan FeedWindow = TimeSpan.FromDays(8 * 7);

    private IQueryable<ScheduleEntry> Visible() =>
        db.ScheduleEntries.AsNoTracking().Where(ScheduleVisibility.VisibleAt(time.GetUtcNow().UtcDateTime));

    /// <summary>The week's visible entries in order of start, those of one leader when <paramref name="leaderId"/> is given.</summary>
    public Task<IReadOnlyList<PublicScheduleEntry>> WeekAsync(ScheduleWeek week, int? leaderId, CancellationToken cancellationToken) =>
        ListAsync(Visible().Where(e => e.StartsAt >= week.StartUtc && e.StartsAt < week.EndUtc), leaderId, cancellationToken);

    /// <summary>The entries of the calendar feeds: from <see cref="FeedWindow"/> ago on.</summary>
    public Task<IReadOnlyList<PublicScheduleEntry>> FeedAsync(int? leaderId, CancellationToken cancellationToken)
    {
        var from = time.GetUtcNow().UtcDateTime - FeedWindow;
        return ListAsync(Visible().Where(e => e.StartsAt >= from), leaderId, cancellationToken);
    }

    /// <summary>The leaders with at least one visible entry, for the filter, in the directory's order.</summary>
    public async Task<IReadOnlyList<ScheduleLeader>> LeadersAsync(CancellationToken cancellationToken) =>
        await Visible().SelectMany(e => e.Leaders).Distinct()
            .OrderBy(o => o.Agency!.ParentId == null ? 0 : 1).ThenBy(o => o.AgencyId).ThenBy(o => o.SortOrder)
            .Select(o => new ScheduleLeader(o.Id, o.Name, o.TitleVi, o.Agency!.Slug))
            .ToListAsync(cancellationToken);

    /// <summary>A leader of the directory by id, whether or not they have entries; null when there is none.</summary>
    public Task<ScheduleLeader?> FindLeaderAsync(int id, CancellationToken cancellationToken) =>
        db.Officials.AsNoTracking().Where(o => o.Id == id)
            .Select(o => new ScheduleLeader(o.Id, o.Name, o.TitleVi, o.Agency!.Slug)).FirstOrDefaultAsync(cancellationToken);

    private static async Task<IReadOnlyList<PublicScheduleEntry>> ListAsync(IQueryable<ScheduleEntry> entries, int? leaderId, CancellationToken cancellationToken)
    {
        if (leaderId is { } id)
        {
            entries = entries.Where(e => e.Leaders.Any(o => o.Id == id));
        }
        var rows = await entries.OrderBy(e => e.StartsAt).ThenBy(e => e.Id)
            .Select(e => new
            {
                Entry = e,
                Leaders = e.Leaders.OrderBy(o => o.Agency!.ParentId == null ? 0 : 1).ThenBy(o => o.AgencyId).ThenBy(o => o.SortOrder)
                    .Select(o => new ScheduleLeader(o.Id, o.Name, o.TitleVi, o.Agency!.Slug)).ToList(),
            })
            .ToListAsync(cancellationToken);
        return rows.Select(r => new PublicScheduleEntry(r.Entry.Id, r.Entry.StartsAt, r.Entry.EndsAt, r.Entry.Content, r.Entry.Place,
            r.Entry.Attendees, r.Entry.PreparingUnit, r.Leaders, r.Entry.ChangedAt, r.Entry.IsCancelled, r.Entry.Sequence,
            r.Entry.PublishedAt ?? r.Entry.CreatedAt, r.Entry.UpdatedAt)).ToList();
    }
}
