using Microsoft.AspNetCore.Mvc;
using Portal.Web.Areas.Admin.Pages.Forms;
using Portal.Web.Consultations;

namespace Portal.Web.Areas.Admin.Pages.Consultations;

/// <summary>Deletes a consultation, its files and every comment on it, after a confirmation (Approver policy).</summary>
public sealed class DeleteModel(ConsultationWorkflow workflow, NewsroomConsultations newsroom) : DeletePageModel<Consultation>(workflow)
{
    public Consultation Consultation { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        if (await newsroom.FindAsync(id, cancellationToken) is not { } consultation)
        {
            return NotFound();
        }
        Consultation = consultation;
        return Page();
    }
}
