using Portal.Web.Areas.Admin.Pages.Forms;
using Portal.Web.Consultations;

namespace Portal.Web.Areas.Admin.Pages.Consultations;

/// <summary>The approver's page of a consultation (Approver policy): publish now or at a time, send back, unpublish.</summary>
public sealed class ReviewModel(ConsultationWorkflow workflow, NewsroomConsultations newsroom, TimeProvider time)
    : ReviewPageModel<Consultation>(workflow, time)
{
    public Consultation Consultation => Item;

    protected override int CommentMaxLength => Consultation.ReviewCommentMaxLength;

    protected override Task<Consultation?> FindAsync(int id, CancellationToken cancellationToken) => newsroom.FindAsync(id, cancellationToken);
}
