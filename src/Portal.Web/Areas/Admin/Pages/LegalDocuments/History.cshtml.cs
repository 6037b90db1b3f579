using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Portal.Web.LegalDocuments;

namespace Portal.Web.Areas.Admin.Pages.LegalDocuments;

/// <summary>Every saved version of a document: who saved it, when, and which fields changed from the version before.</summary>
public sealed class HistoryModel(NewsroomLegalDocuments newsroom) : PageModel
{
    public LegalDocument Document { get; private set; } = null!;
    public IReadOnlyList<DocumentHistoryEntry> Entries { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        var document = await newsroom.FindAsync(id, cancellationToken);
        if (document is null)
        {
            return NotFound();
        }
        Document = document;
        Entries = await newsroom.HistoryAsync(id, cancellationToken);
        return Page();
    }
}
