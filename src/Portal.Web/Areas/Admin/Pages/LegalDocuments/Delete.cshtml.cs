using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Portal.Web.LegalDocuments;
using Portal.Web.Publishing;

namespace Portal.Web.Areas.Admin.Pages.LegalDocuments;

/// <summary>Deletes a document, its files, its history and the relations to it, after a confirmation (Approver policy).</summary>
public sealed class DeleteModel(LegalDocumentWorkflow workflow, NewsroomLegalDocuments newsroom) : PageModel
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

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken cancellationToken)
    {
        var result = await workflow.DeleteAsync(id, User.Identity?.Name ?? "", cancellationToken);
        if (result.Outcome == WorkflowOutcome.Missing)
        {
            return NotFound();
        }
        TempData["Message"] = result.Message;
        return RedirectToPage("Index");
    }
}
