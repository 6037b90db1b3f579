using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Portal.Web.Schedule;

namespace Portal.Web.Areas.Admin.Pages.Schedule;

/// <summary>
/// The newsroom's week of the schedule: its entries day by day in every state, to add, edit and delete; the copy of
/// last week's recurring entries; the approver's publication of the week.
/// </summary>
public sealed class IndexModel(NewsroomSchedule schedule, ScheduleService service, TimeProvider time) : PageModel
{
    public ScheduleWeek Week { get; private set; } = null!;
    public IReadOnlyList<NewsroomScheduleRow> Rows { get; private set; } = [];
    public DateTime Now => time.GetUtcNow().UtcDateTime;

    [TempData]
    public string? Message { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (ScheduleWeek.FromQuery(Request.Query, time) is not { } week)
        {
            return BadRequest();
        }
        Week = week;
        Rows = await schedule.WeekAsync(week, cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostCopyAsync(CancellationToken cancellationToken)
    {
        if (ScheduleWeek.FromQuery(Request.Query, time) is not { } week)
        {
            return BadRequest();
        }
        var copied = await service.CopyLastWeekAsync(week, User.Identity!.Name!, cancellationToken);
        Message = copied == 0
            ? "Tuần trước không có lịch định kỳ nào chưa sao chép sang tuần này."
            : $"Đã sao chép {copied} lịch định kỳ của tuần trước thành bản nháp.";
        return RedirectToPage(new { tuan = week.IsoName });
    }

    public async Task<IActionResult> OnPostPublishAsync(CancellationToken cancellationToken)
    {
        if (!User.CanPublish())
        {
            return Forbid();
        }
        if (ScheduleWeek.FromQuery(Request.Query, time) is not { } week)
        {
            return BadRequest();
        }
        var published = await service.PublishWeekAsync(week, User.Identity!.Name!, cancellationToken);
        Message = published == 0 ? "Tuần này không còn lịch nào chờ đăng." : $"Đã đăng {published} lịch công tác của tuần.";
        return RedirectToPage(new { tuan = week.IsoName });
    }
}
