using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Portal.Web.Articles;
using Portal.Web.Publishing;

namespace Portal.Web.Areas.Admin.Pages.Articles;

/// <summary>
/// The approver's page of a proposed change to a published article (Approver policy): what it changes against what
/// is online now, then "Đăng thay đổi" or a return with a comment. Both name the versions they were decided on.
/// </summary>
public sealed class ProposalModel(ArticleProposals proposals, NewsroomArticles newsroom, ArticleHistory history) : PageModel
{
    [BindProperty]
    public Guid Version { get; set; }

    /// <summary>The article's version the approver saw the difference against.</summary>
    [BindProperty]
    public Guid ArticleVersion { get; set; }

    [BindProperty]
    public string? Comment { get; set; }

    public ArticleProposal Proposal { get; private set; } = null!;
    public Article Article { get; private set; } = null!;
    public IReadOnlyList<FieldChange> Changes { get; private set; } = [];

    /// <summary>Someone saved the article after the proposal was made from it: the proposal would undo their change.</summary>
    public bool ArticleChangedSince => Article.Version != Proposal.BaseVersion;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken) =>
        await LoadAsync(id, cancellationToken) ? Page() : NotFound();

    public Task<IActionResult> OnPostPublishAsync(int id, CancellationToken cancellationToken) =>
        ActAsync(id, proposals.PublishAsync(id, Version, ArticleVersion, User.Identity?.Name ?? "", cancellationToken), cancellationToken);

    public async Task<IActionResult> OnPostReturnAsync(int id, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(Comment) || Comment.Length > Article.ReviewCommentMaxLength)
        {
            ModelState.AddModelError(nameof(Comment), $"Xin ghi ý kiến cho biên tập viên (tối đa {Article.ReviewCommentMaxLength} ký tự).");
            return await LoadAsync(id, cancellationToken) ? Page() : NotFound();
        }
        return await ActAsync(id, proposals.ReturnAsync(id, Version, Comment, User.Identity?.Name ?? "", cancellationToken), cancellationToken, nameof(Comment));
    }

    private async Task<IActionResult> ActAsync(int id, Task<WorkflowResult> action, CancellationToken cancellationToken, string errorField = "")
    {
        var result = await action;
        switch (result.Outcome)
        {
            case WorkflowOutcome.Done:
                TempData["Message"] = result.Message;
                return RedirectToPage("Proposal", new { id });
            case WorkflowOutcome.Missing:
                return NotFound();
            default:
                ModelState.AddModelError(result.Outcome == WorkflowOutcome.Stale ? "" : errorField, result.Message);
                return await LoadAsync(id, cancellationToken) ? Page() : NotFound();
        }
    }

    /// <summary>The proposal, its article and the difference; the versions shown are the current ones.</summary>
    private async Task<bool> LoadAsync(int id, CancellationToken cancellationToken)
    {
        if (await proposals.FindAsync(id, cancellationToken) is not { } proposal
            || await newsroom.FindAsync(proposal.ArticleId, cancellationToken) is not { } article)
        {
            return false;
        }
        Proposal = proposal;
        Article = article;
        Version = proposal.Version;
        ArticleVersion = article.Version;
        ModelState.Remove(nameof(Version));
        ModelState.Remove(nameof(ArticleVersion));
        Changes = await history.CompareAsync(ArticleContent.Of(article), proposal.Content, cancellationToken);
        return true;
    }
}
