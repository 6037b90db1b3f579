using Microsoft.AspNetCore.Mvc;
using Portal.Web.Areas.Admin.Pages.Forms;
using Portal.Web.Articles;

namespace Portal.Web.Areas.Admin.Pages.Articles;

/// <summary>Deletes an article and its history, after a confirmation (Approver policy).</summary>
public sealed class DeleteModel(ArticleWorkflow workflow, NewsroomArticles newsroom) : DeletePageModel<Article>(workflow)
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
}
