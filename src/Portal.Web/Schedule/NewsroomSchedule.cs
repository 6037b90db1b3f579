using Microsoft.EntityFrameworkCore;
using Portal.Web.Data;
using Portal.Web.Publishing;

namespace Portal.Web.Schedule;

/// <summary>An entry in the newsroom's week view, whatever its state.</summary>
public sealed record NewsroomScheduleRow(int Id, DateTime StartsAt, DateTime? EndsAt, string Content, string Place, IReadOnlyList<string> Leaders,
    PublicationStatus Status, DateTime? PublishedAt, bool IsRecurring, bool IsCancelled, DateTime? ChangedAt, DateTime UpdatedAt, string UpdatedBy);

/// <summary>The directory's officials grouped by agency, for the form's choice of leaders.</summary>
public sealed record LeaderChoices(string Agency, IReadOnlyList<(int Id, string Name, string Title)> Officials);

/// <summary>Reads the schedule for the newsroom: a week's entries in every state, one entry to edit, the leaders to choose from.</summary>
public sealed class NewsroomSchedule(PortalDbContext db)
{
    public async Task<IReadOnlyList<NewsroomScheduleRow>> WeekAsync(ScheduleWeek week, CancellationToken cancellationToken) =>
        await db.ScheduleEntries.AsNoTracking()
            .Where(e => e.StartsAt >= week.StartUtc && e.StartsAt < week.EndUtc)
            .OrderBy(e => e.StartsAt).ThenBy(e => e.Id)
            .Select(e => new NewsroomScheduleRow(e.Id, e.StartsAt, e.EndsAt, e.Content, e.Place, e.Leaders.Select(o => o.Name).ToList(),
                e.Status, e.PublishedAt, e.IsRecurring, e.IsCancelled, e.ChangedAt, e.UpdatedAt, e.UpdatedBy))
            .ToListAsync(cancellationToken);

    public Task<ScheduleEntry?> FindAsync(int id, CancellationToken cancellationToken) =>
        db.ScheduleEntries.AsNoTracking().Include(e => e.Leaders).FirstOrDefaultAsync(e => e.Id == id, cancellationToken);

    public async Task<IReadOnlyList<LeaderChoices>> LeaderChoicesAsync(CancellationToken cancellationToken)
    {
        var officials = await db.Officials.AsNoTracking()
            .OrderBy(o => o.Agency!.ParentId == null ? 0 : 1).ThenBy(o => o.Agency!.SortOrder).ThenBy(o => o.AgencyId).ThenBy(o => o.SortOrder)
            .Select(o => new { o.Id, o.Name, o.TitleVi, o.AgencyId, Agency = o.Agency!.NameVi })
            .ToListAsync(cancellationToken);
        return officials.GroupBy(o => (o.AgencyId, o.Agency))
            .Select(g => new LeaderChoices(g.Key.Agency, g.Select(o => (o.Id, o.Name, o.TitleVi)).ToList())).ToList();
    }
}
