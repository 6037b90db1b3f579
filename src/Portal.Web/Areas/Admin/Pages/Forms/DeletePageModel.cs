using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Portal.Web.Publishing;

namespace Portal.Web.Areas.Admin.Pages.Forms;

/// <summary>
/// The confirmation page that deletes an item of any kind that goes through the workflow (Approver policy). A kind's
/// page shows what will go; the deletion is this one handler.
/// </summary>
public abstract class DeletePageModel<T>(Workflow<T> workflow) : PageModel
    where T : class, IPublishable
{
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
