using Microsoft.AspNetCore.Mvc;
using Portal.Web.Articles;
using Portal.Web.Areas.Admin.Pages.Forms;
using Portal.Web.Editing;
using Portal.Web.Localization;
using Portal.Web.Publishing;

namespace Portal.Web.Areas.Admin.Pages.Articles;

/// <summary>
/// An Editor's side of a published article: read-only, with "Đề xuất sửa đổi", which opens a proposal edited in
/// this same form while the article stays online unchanged (<see cref="ArticleProposals"/>).
/// </summary>
public sealed partial class EditModel
{
    /// <summary>The proposal this form edits (posted back, so a proposal of another article is refused).</summary>
    [BindProperty]
    public int? ProposalId { get; set; }

    /// <summary>The article's open proposal, which an Editor edits instead of the published article.</summary>
    public ArticleProposal? Proposal { get; private set; }

    /// <summary>An Editor opened a published article with no proposal: the page shows it, not the form.</summary>
    public bool ShowsReadOnly { get; private set; }

    /// <summary>Published and the user cannot publish: what they change goes through a proposal.</summary>
    public bool InProposalMode => Existing is { Status: PublicationStatus.Published } && !User.CanPublish();

    public async Task<IActionResult> OnPostProposeAsync(int id, CancellationToken cancellationToken)
    {
        if (User.CanPublish())
        {
            // Approvers edit published articles directly.
            return RedirectToPage("Edit", new { id });
        }
        var result = await proposals.ProposeAsync(id, User.AsNewsroomUser(), cancellationToken);
        switch (result)
        {
            case SaveResult<ArticleProposal>.NotFound:
                return NotFound();
            case SaveResult<ArticleProposal>.Invalid invalid:
                TempData["Message"] = string.Join(" ", invalid.Errors.Values);
                break;
            default:
                TempData["Message"] = "Đã mở bản đề xuất sửa đổi. Bài trên cổng giữ nguyên cho tới khi người duyệt đăng thay đổi.";
                break;
        }
        return RedirectToPage("Edit", new { id });
    }

    public async Task<IActionResult> OnPostWithdrawAsync(int id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }
        var result = await proposals.WithdrawAsync(id, ProposalId ?? Proposal?.Id ?? 0, Input.Version ?? Guid.Empty, User.Identity?.Name ?? "", cancellationToken);
        if (result.Outcome == WorkflowOutcome.Missing)
        {
            return NotFound();
        }
        if (result.Outcome == WorkflowOutcome.Done)
        {
            TempData["Message"] = result.Message;
            return RedirectToPage("Edit", new { id });
        }
        // Refused or stale: the form comes back with what was typed, and why.
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }
        await LoadChoicesAsync(cancellationToken);
        ModelState.AddModelError("", result.Message);
        return Page();
    }

    private void RefuseAPublishedArticlesSaveWithoutAProposal()
    {
        if (InProposalMode && Proposal is null && ProposalId is null)
        {
            ModelState.AddModelError("", "Bài đã đăng: chỉ người duyệt bài được sửa. Trên trang của bài, bấm \"Đề xuất sửa đổi\" để đề xuất thay đổi.");
        }
    }

    private async Task<IActionResult> SaveProposalAsync(int articleId, bool submit, CancellationToken cancellationToken)
    {
        var result = await proposals.SaveAsync(articleId, ProposalId ?? Proposal?.Id ?? 0, Input.ToContent(), Input.Version, submit, User.AsNewsroomUser(), cancellationToken);
        switch (result)
        {
            case SaveResult<ArticleProposal>.Saved:
                TempData["Message"] = submit ? "Đã gửi đề xuất sửa đổi cho người duyệt." : "Đã lưu bản đề xuất.";
                return RedirectToPage("Edit", new { id = articleId });
            case SaveResult<ArticleProposal>.Invalid invalid:
                ModelState.AddErrors(invalid.Errors, nameof(Input));
                return Page();
            case SaveResult<ArticleProposal>.Conflict conflict:
                // Keep this person's text; carry the new version, so a second save overwrites knowingly.
                Input.Version = conflict.Current.Version;
                ModelState.Remove($"{nameof(Input)}.{nameof(Input.Version)}");
                ModelState.AddModelError("", $"{conflict.Current.UpdatedBy} đã lưu bản đề xuất lúc {VietnamTime.FormatStamp(conflict.Current.UpdatedAt)}, trong lúc bạn đang sửa. "
                    + "Nội dung bạn nhập vẫn còn nguyên dưới đây và chưa được lưu; bấm Lưu lần nữa nếu muốn thay bằng nội dung của bạn.");
                return Page();
            default:
                return NotFound();
        }
    }
}
