using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Portal.Web.SiteLinks;

namespace Portal.Web.Areas.Admin.Pages.SiteLinks;

public sealed class DeleteModel(SiteLinkService siteLinks) : PageModel
{
    public SiteLink Link { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        var link = await siteLinks.FindAsync(id, cancellationToken);
        if (link is null)
        {
            return NotFound();
        }
        Link = link;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken cancellationToken)
    {
        var deleted = await siteLinks.DeleteAsync(id, User.Identity!.Name ?? "", cancellationToken);
        if (deleted is null)
        {
            return NotFound();
        }
        TempData["Message"] = $"Đã xóa liên kết “{deleted.Name}”.";
        return RedirectToPage("Index");
    }
}
