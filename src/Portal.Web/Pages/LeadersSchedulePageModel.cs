using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Portal.Web.Caching;
using Portal.Web.Localization;
using Portal.Web.Schedule;

namespace Portal.Web.Pages;

/// <summary>
/// A week of the leaders' schedule, Monday to Sunday in Vietnam time, day by day: the week of <c>?tuan=2026-W50</c>
/// or <c>?ngay=07/12/2026</c> (this week without either), the entries of one leader with <c>?lanh-dao=12</c>. A week
/// or leader that cannot be read is a 400, an official that does not exist a 404. Only this week unfiltered is cached
/// (<see cref="PublicPagePolicy.FilteredListing"/>), and not past the week's end (<see cref="PublishedScheduleKind"/>).
/// </summary>
public abstract class LeadersSchedulePageModel(PublishedSchedule schedule, TimeProvider time) : PageModel
{
    public ScheduleWeek Week { get; private set; } = null!;
    public bool IsCurrentWeek { get; private set; }
    public ScheduleLeader? Leader { get; private set; }
    public IReadOnlyList<ScheduleLeader> Leaders { get; private set; } = [];
    public IReadOnlyList<(DateOnly Day, IReadOnlyList<PublicScheduleEntry> Entries)> Days { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (ScheduleWeek.FromQuery(Request.Query, time) is not { } week || !ScheduleAddress.TryReadLeader(Request.Query, out var leaderId))
        {
            return BadRequest();
        }
        if (leaderId is { } id)
        {
            Leader = await schedule.FindLeaderAsync(id, cancellationToken);
            if (Leader is null)
            {
                return NotFound();
            }
        }
        Week = week;
        IsCurrentWeek = week == ScheduleWeek.Current(time);
        Leaders = await schedule.LeadersAsync(cancellationToken);
        var entries = await schedule.WeekAsync(week, leaderId, cancellationToken);
        Days = week.Days.Select(day => (day, (IReadOnlyList<PublicScheduleEntry>)entries
            .Where(e => DateOnly.FromDateTime(VietnamTime.ToVietnam(e.StartsAt)) == day).ToList())).ToList();
        HttpContext.TagCachedPage(ScheduleCacheTags.Tag);
        return Page();
    }

    public string Address(ScheduleWeek? week, bool print = false) => ScheduleAddress.Of(week, Leader?.Id, print);
}

[Microsoft.AspNetCore.OutputCaching.OutputCache(PolicyName = PublicPagePolicy.FilteredListing)]
public sealed class LeadersScheduleModel(PublishedSchedule schedule, TimeProvider time) : LeadersSchedulePageModel(schedule, time);

[Microsoft.AspNetCore.OutputCaching.OutputCache(PolicyName = PublicPagePolicy.FilteredListing)]
public sealed class LeadersSchedulePrintModel(PublishedSchedule schedule, TimeProvider time) : LeadersSchedulePageModel(schedule, time);
