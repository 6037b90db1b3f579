using Portal.Web.Areas.Admin.Pages.Forms;
using Portal.Web.LegalDocuments;

namespace Portal.Web.Areas.Admin.Pages.LegalDocuments;

/// <summary>The approver's page of a document (Approver policy): publish now or at a time, send back, unpublish.</summary>
public sealed class ReviewModel(LegalDocumentWorkflow workflow, NewsroomLegalDocuments newsroom, TimeProvider time)
    : ReviewPageModel<LegalDocument>(workflow, time)
{
    public LegalDocument Document => Item;
    public DocumentRelations Relations { get; private set; } = new([], []);

    protected override int CommentMaxLength => LegalDocument.ReviewCommentMaxLength;

    protected override async Task<LegalDocument?> FindAsync(int id, CancellationToken cancellationToken)
    {
        var document = await newsroom.FindAsync(id, cancellationToken);
        if (document is not null)
        {
            Relations = await newsroom.RelationsAsync(id, cancellationToken);
        }
        return document;
    }
}
