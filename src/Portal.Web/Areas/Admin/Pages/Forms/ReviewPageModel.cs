using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Portal.Web.Articles;
using Portal.Web.Localization;
using Portal.Web.Publishing;

namespace Portal.Web.Areas.Admin.Pages.Forms;

/// <summary>
/// The approver's page of any kind that goes through the workflow (Approver policy): publish now or at a time, send
/// back, unpublish. A kind's page says how its item is found and shown; the handlers are these.
/// </summary>
public abstract class ReviewPageModel<T>(Workflow<T> workflow, TimeProvider time) : PageModel
    where T : class, IPublishable
{
    [BindProperty]
    public Guid Version { get; set; }

    [BindProperty]
    public string? PublishAt { get; set; }

    [BindProperty]
    public string? Comment { get; set; }

    /// <summary>The item reviewed, as <see cref="FindAsync"/> loaded it.</summary>
    protected T Item { get; private set; } = null!;

    public DateTime Now => time.GetUtcNow().UtcDateTime;
    public string State => ArticleStates.Of(Item.Status, Item.PublishedAt, Now);

    /// <summary>The item whatever its state, with what the page shows of it; null when there is none.</summary>
    protected abstract Task<T?> FindAsync(int id, CancellationToken cancellationToken);

    protected abstract int CommentMaxLength { get; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }
        Version = Item.Version;
        PublishAt = VietnamTime.FormatInput(Now.AddHours(1));
        return Page();
    }

    public Task<IActionResult> OnPostPublishAsync(int id, CancellationToken cancellationToken) =>
        ActAsync(id, () => workflow.PublishAsync(id, Version, null, UserName, cancellationToken), cancellationToken);

    public Task<IActionResult> OnPostScheduleAsync(int id, CancellationToken cancellationToken)
    {
        if (!VietnamTime.TryParseInput(PublishAt, out var at))
        {
            ModelState.AddModelError(nameof(PublishAt), $"Thời điểm đăng không hợp lệ: xin nhập ngày/tháng/năm giờ:phút theo giờ Việt Nam, ví dụ {VietnamTime.FormatInput(Now.AddHours(1))}.");
            return RedisplayAsync(id, cancellationToken);
        }
        return ActAsync(id, () => workflow.PublishAsync(id, Version, at, UserName, cancellationToken), cancellationToken, nameof(PublishAt));
    }

    public Task<IActionResult> OnPostSendBackAsync(int id, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(Comment) || Comment.Length > CommentMaxLength)
        {
            ModelState.AddModelError(nameof(Comment), $"Xin ghi ý kiến cho biên tập viên (tối đa {CommentMaxLength} ký tự).");
            return RedisplayAsync(id, cancellationToken);
        }
        return ActAsync(id, () => workflow.SendBackAsync(id, Version, Comment, UserName, cancellationToken), cancellationToken, nameof(Comment));
    }

    public Task<IActionResult> OnPostUnpublishAsync(int id, CancellationToken cancellationToken) =>
        ActAsync(id, () => workflow.UnpublishAsync(id, Version, UserName, cancellationToken), cancellationToken);

    protected string UserName => User.Identity?.Name ?? "";

    private async Task<IActionResult> ActAsync(int id, Func<Task<WorkflowResult>> action, CancellationToken cancellationToken, string errorField = "")
    {
        var result = await action();
        switch (result.Outcome)
        {
            case WorkflowOutcome.Done:
                TempData["Message"] = result.Message;
                return RedirectToPage("Review", new { id });
            case WorkflowOutcome.Missing:
                return NotFound();
            default:
                ModelState.AddModelError(result.Outcome == WorkflowOutcome.Stale ? "" : errorField, result.Message);
                return await RedisplayAsync(id, cancellationToken);
        }
    }

    /// <summary>Back to the page with the messages and what was typed; the version shown is the current one.</summary>
    protected async Task<IActionResult> RedisplayAsync(int id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }
        Version = Item.Version;
        ModelState.Remove(nameof(Version));
        return Page();
    }

    private async Task<bool> LoadAsync(int id, CancellationToken cancellationToken)
    {
        if (await FindAsync(id, cancellationToken) is not { } item)
        {
            return false;
        }
        Item = item;
        return true;
    }
}
