using Microsoft.AspNetCore.Mvc;
using Portal.Web.Areas.Admin.Pages.Forms;
using Portal.Web.LegalDocuments;

namespace Portal.Web.Areas.Admin.Pages.LegalDocuments;

/// <summary>Deletes a document, its files, its history and the relations to it, after a confirmation (Approver policy).</summary>
public sealed class DeleteModel(LegalDocumentWorkflow workflow, NewsroomLegalDocuments newsroom) : DeletePageModel<LegalDocument>(workflow)
{
    public LegalDocument Document { get; private set; } = null!;
    public DocumentRelations Relations { get; private set; } = new([], []);

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        var document = await newsroom.FindAsync(id, cancellationToken);
        if (document is null)
        {
            return NotFound();
        }
        Document = document;
        Relations = await newsroom.RelationsAsync(id, cancellationToken);
        return Page();
    }
}
