using Portal.Web.Areas.Admin.Pages.Forms;
using Portal.Web.Articles;

namespace Portal.Web.Areas.Admin.Pages.Articles;

/// <summary>The approver's page of an article (Approver policy): publish now or at a time, send back, unpublish.</summary>
public sealed class ReviewModel(ArticleWorkflow workflow, NewsroomArticles newsroom, ArticleProposals proposals, TimeProvider time)
    : ReviewPageModel<Article>(workflow, time)
{
    public Article Article => Item;

    /// <summary>A change an editor proposes to the published article, named on the page when it waits.</summary>
    public ArticleProposal? OpenProposal { get; private set; }

    protected override int CommentMaxLength => Article.ReviewCommentMaxLength;

    protected override async Task<Article?> FindAsync(int id, CancellationToken cancellationToken)
    {
        OpenProposal = await proposals.OpenAsync(id, cancellationToken);
        return await newsroom.FindAsync(id, cancellationToken);
    }
}
