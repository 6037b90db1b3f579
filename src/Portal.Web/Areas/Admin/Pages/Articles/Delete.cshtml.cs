using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Portal.Web.Articles;
using Portal.Web.Publishing;

namespace Portal.Web.Areas.Admin.Pages.Articles;

/// <summary>Deletes an article and its history, after a confirmation (Approver policy).</summary>
public sealed class DeleteModel(ArticleWorkflow workflow, NewsroomArticles newsroom) : PageModel
{
    public Article Article { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        var article = await newsroom.FindAsync(id, cancellationToken);
        if (article is null)
        {
            return NotFound();
        }
        Article = article;
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
