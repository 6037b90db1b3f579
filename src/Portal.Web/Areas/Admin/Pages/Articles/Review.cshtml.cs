using Microsoft.AspNetCore.Mvc;
using Portal.Web.Areas.Admin.Pages.Forms;
using Portal.Web.Articles;
using Portal.Web.Localization;

namespace Portal.Web.Areas.Admin.Pages.Articles;

/// <summary>The approver's page of an article (Approver policy): publish now or at a time, send back, unpublish, feature.</summary>
public sealed class ReviewModel(ArticleWorkflow workflow, NewsroomArticles newsroom, ArticleProposals proposals, FeaturedArticles featured, TimeProvider time)
    : ReviewPageModel<Article>(workflow, time)
{
    public Article Article => Item;

    /// <summary>A change an editor proposes to the published article, named on the page when it waits.</summary>
    public ArticleProposal? OpenProposal { get; private set; }

    /// <summary>The end time typed for "Tin nổi bật"; three days ahead until one is typed.</summary>
    [BindProperty]
    public string? FeaturedUntil { get; set; }

    public string FeaturedUntilShown => FeaturedUntil ?? VietnamTime.FormatInput(Now.AddDays(3));

    protected override int CommentMaxLength => Article.ReviewCommentMaxLength;

    protected override async Task<Article?> FindAsync(int id, CancellationToken cancellationToken)
    {
        OpenProposal = await proposals.OpenAsync(id, cancellationToken);
        return await newsroom.FindAsync(id, cancellationToken);
    }

    public async Task<IActionResult> OnPostFeatureAsync(int id, CancellationToken cancellationToken)
    {
        var result = await featured.FeatureAsync(id, FeaturedUntil, UserName, cancellationToken);
        if (result.Missing)
        {
            return NotFound();
        }
        if (!result.Done)
        {
            ModelState.AddModelError(nameof(FeaturedUntil), result.Message);
            return await RedisplayAsync(id, cancellationToken);
        }
        TempData["Message"] = result.Message;
        return RedirectToPage("Review", new { id });
    }
}
