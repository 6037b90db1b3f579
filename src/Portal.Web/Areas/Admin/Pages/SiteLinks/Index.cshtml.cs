using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Portal.Web.SiteLinks;

namespace Portal.Web.Areas.Admin.Pages.SiteLinks;

public sealed class IndexModel(SiteLinkService siteLinks) : PageModel
{
    public IReadOnlyList<SiteLink> Links { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Links = await siteLinks.AllAsync(cancellationToken);

    public async Task<IActionResult> OnPostMoveUpAsync(int id, CancellationToken cancellationToken) =>
        Moved(await siteLinks.MoveUpAsync(id, User.Identity!.Name ?? "", cancellationToken), "lên");

    public async Task<IActionResult> OnPostMoveDownAsync(int id, CancellationToken cancellationToken) =>
        Moved(await siteLinks.MoveDownAsync(id, User.Identity!.Name ?? "", cancellationToken), "xuống");

    private IActionResult Moved(SiteLink? link, string direction)
    {
        if (link is null)
        {
            return NotFound();
        }
        TempData["Message"] = $"Đã chuyển liên kết “{link.Name}” {direction}.";
        return RedirectToPage();
    }
}
