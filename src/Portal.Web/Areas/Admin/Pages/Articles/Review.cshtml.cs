using Portal.Web.Areas.Admin.Pages.Forms;
using Portal.Web.Articles;

namespace Portal.Web.Areas.Admin.Pages.Articles;

/// <summary>The approver's page of an article (Approver policy): publish now or at a time, send back, unpublish.</summary>
public sealed class ReviewModel(ArticleWorkflow workflow, NewsroomArticles newsroom, TimeProvider time) : ReviewPageModel<Article>(workflow, time)
{
    public Article Article => Item;

    protected override int CommentMaxLength => Article.ReviewCommentMaxLength;

    protected override Task<Article?> FindAsync(int id, CancellationToken cancellationToken) => newsroom.FindAsync(id, cancellationToken);
}
