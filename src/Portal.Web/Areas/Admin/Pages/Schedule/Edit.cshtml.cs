using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Portal.Web.Areas.Admin.Pages.Forms;
using Portal.Web.Editing;
using Portal.Web.Publishing;
using Portal.Web.Schedule;

namespace Portal.Web.Areas.Admin.Pages.Schedule;

/// <summary>
/// Adds or edits one entry of the schedule: day, times, leaders from the directory, the texts. Whatever is refused,
/// the form comes back with what was typed. An approver publishes or cancels it here; a draft is deleted here.
/// </summary>
[KeepTheFormDuringAnOutage]
public sealed class EditModel(ScheduleService service, NewsroomSchedule schedule, ScheduleWorkflow workflow) : PageModel
{
    [BindProperty]
    public ScheduleInput Input { get; set; } = new();

    public ScheduleEntry? Existing { get; private set; }
    public IReadOnlyList<LeaderChoices> Choices { get; private set; } = [];

    [TempData]
    public string? Message { get; set; }

    public async Task<IActionResult> OnGetAsync(int? id, string? ngay, CancellationToken cancellationToken)
    {
        if (id is not null)
        {
            Existing = await schedule.FindAsync(id.Value, cancellationToken);
            if (Existing is null)
            {
                return NotFound();
            }
            Input = ScheduleInput.Of(Existing);
        }
        else if (ScheduleInput.TryParseDate(ngay, out var day))
        {
            Input.Date = ScheduleWeek.Format(day);
        }
        Choices = await schedule.LeaderChoicesAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int? id, CancellationToken cancellationToken)
    {
        if (id is not null)
        {
            Existing = await schedule.FindAsync(id.Value, cancellationToken);
            if (Existing is null)
            {
                return NotFound();
            }
        }
        Choices = await schedule.LeaderChoicesAsync(cancellationToken);
        if (!ModelState.IsValid)
        {
            return Page();
        }
        Input.Id = id ?? 0;
        var result = await service.SaveAsync(Input, User.AsNewsroomUser(), cancellationToken);
        if (this.AnswerUnsaved(result) is { } unsaved)
        {
            return unsaved;
        }
        var saved = ((SaveResult<ScheduleEntry>.Saved)result).Value;
        Message = saved.Status == PublicationStatus.Published ? "Đã lưu. Lịch đã đăng được ghi \"Đã thay đổi\" nếu đổi giờ, địa điểm, nội dung hay lãnh đạo." : "Đã lưu bản nháp.";
        return RedirectToPage("Index", new { tuan = ScheduleWeek.Of(saved.StartsAt).IsoName });
    }

    public Task<IActionResult> OnPostPublishAsync(int id, CancellationToken cancellationToken) =>
        ActAsync(id, approver: true, (version, user) => workflow.PublishAsync(id, version, null, user, cancellationToken), cancellationToken);

    public Task<IActionResult> OnPostCancelAsync(int id, CancellationToken cancellationToken) =>
        ActAsync(id, approver: true, (version, user) => service.CancelAsync(id, version, user, cancellationToken), cancellationToken);

    public Task<IActionResult> OnPostDeleteAsync(int id, CancellationToken cancellationToken) =>
        ActAsync(id, approver: false, (_, user) => service.DeleteAsync(id, user, cancellationToken), cancellationToken);

    private async Task<IActionResult> ActAsync(int id, bool approver, Func<Guid, string, Task<WorkflowResult>> act, CancellationToken cancellationToken)
    {
        if (approver && !User.CanPublish())
        {
            return Forbid();
        }
        Existing = await schedule.FindAsync(id, cancellationToken);
        if (Existing is null)
        {
            return NotFound();
        }
        var week = ScheduleWeek.Of(Existing.StartsAt);
        var result = await act(Input.Version, User.Identity!.Name!);
        if (result.Outcome == WorkflowOutcome.Missing)
        {
            return NotFound();
        }
        if (result.Outcome != WorkflowOutcome.Done)
        {
            Choices = await schedule.LeaderChoicesAsync(cancellationToken);
            Input = ScheduleInput.Of(Existing);
            ModelState.AddModelError("", result.Message);
            return Page();
        }
        Message = result.Message;
        return RedirectToPage("Index", new { tuan = week.IsoName });
    }
}
