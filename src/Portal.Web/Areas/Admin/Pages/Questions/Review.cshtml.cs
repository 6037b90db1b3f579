using Portal.Web.Areas.Admin.Pages.Forms;
using Portal.Web.Questions;

namespace Portal.Web.Areas.Admin.Pages.Questions;

/// <summary>The approver's page of an answer (Approver policy): publish, send back, unpublish.</summary>
public sealed class ReviewModel(QuestionWorkflow workflow, QuestionDesk desk, TimeProvider time)
    : ReviewPageModel<Question>(workflow, time)
{
    public Question Question => Item;

    protected override int CommentMaxLength => Question.ReviewCommentMaxLength;

    protected override Task<Question?> FindAsync(int id, CancellationToken cancellationToken) => desk.FindAsync(id, cancellationToken);
}
