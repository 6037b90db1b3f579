using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Portal.Web.Common;
using Portal.Web.Consultations;
using Portal.Web.Publishing;

namespace Portal.Web.Areas.Admin.Pages.Consultations;

/// <summary>
/// The moderators' queue (Approver policy): confirmed comments, oldest first, of one consultation or of all; each
/// published, or rejected with a reason its writer is sent. The only newsroom page that shows a commenter's address.
/// </summary>
public sealed class CommentsModel(ConsultationModeration moderation, NewsroomConsultations newsroom) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "trang")]
    public string? PageNumber { get; set; }

    [BindProperty]
    public int CommentId { get; set; }

    [BindProperty]
    public string? Reason { get; set; }

    public Consultation? Consultation { get; private set; }
    public Paged<CommentForModeration> Queue { get; private set; } = Paged<CommentForModeration>.Empty;

    /// <summary>The route of this queue: one consultation's, or every one's (no id at all, not an empty one).</summary>
    public Dictionary<string, string> QueueRoute =>
        Consultation is null ? [] : new() { ["id"] = Consultation.Id.ToString(CultureInfo.InvariantCulture) };

    /// <summary>The comment whose decision was refused: its form shows the message and the reason typed.</summary>
    public int? RefusedCommentId { get; private set; }

    public async Task<IActionResult> OnGetAsync(int? id, CancellationToken cancellationToken) =>
        await LoadAsync(id, cancellationToken) ? Page() : NotFound();

    public Task<IActionResult> OnPostPublishAsync(int? id, CancellationToken cancellationToken) =>
        ActAsync(id, moderation.PublishAsync(CommentId, UserName, cancellationToken), cancellationToken);

    public Task<IActionResult> OnPostRejectAsync(int? id, CancellationToken cancellationToken) =>
        ActAsync(id, moderation.RejectAsync(CommentId, Reason, UserName, cancellationToken), cancellationToken);

    private string UserName => User.Identity?.Name ?? "";

    private async Task<IActionResult> ActAsync(int? id, Task<WorkflowResult> decision, CancellationToken cancellationToken)
    {
        var result = await decision;
        switch (result.Outcome)
        {
            case WorkflowOutcome.Done:
                TempData["Message"] = result.Message;
                return RedirectToPage("Comments", new { id });
            case WorkflowOutcome.Missing:
                return NotFound();
            default:
                RefusedCommentId = CommentId;
                ModelState.AddModelError(nameof(Reason), result.Message);
                return await LoadAsync(id, cancellationToken) ? Page() : NotFound();
        }
    }

    private async Task<bool> LoadAsync(int? id, CancellationToken cancellationToken)
    {
        if (id is { } consultationId && (Consultation = await newsroom.FindAsync(consultationId, cancellationToken)) is null)
        {
            return false;
        }
        var page = int.TryParse(PageNumber, NumberStyles.None, CultureInfo.InvariantCulture, out var p) ? p : 1;
        Queue = await moderation.QueueAsync(id, page, cancellationToken);
        return true;
    }
}
