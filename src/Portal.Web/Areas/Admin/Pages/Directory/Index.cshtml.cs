using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Portal.Web.Agencies;
using Portal.Web.Editing;

namespace Portal.Web.Areas.Admin.Pages.Directory;

/// <summary>The directory's tree for the newsroom: each agency's place among its siblings, its officials, deletion.</summary>
public sealed class IndexModel(DirectoryService directory, AgencyAdmin agencies) : PageModel
{
    public IReadOnlyList<AgencyNode> Tree { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Tree = await directory.TreeAsync(cancellationToken);

    public async Task<IActionResult> OnPostMoveUpAsync(int id, CancellationToken cancellationToken) =>
        Moved(await agencies.MoveAsync(id, -1, User.Identity!.Name ?? "", cancellationToken), "lên");

    public async Task<IActionResult> OnPostMoveDownAsync(int id, CancellationToken cancellationToken) =>
        Moved(await agencies.MoveAsync(id, +1, User.Identity!.Name ?? "", cancellationToken), "xuống");

    /// <summary>Refused while the agency has units or officials: the message says so above the tree.</summary>
    public async Task<IActionResult> OnPostDeleteAsync(int id, CancellationToken cancellationToken)
    {
        switch (await agencies.DeleteAsync(id, User.Identity!.Name ?? "", cancellationToken))
        {
            case SaveResult<Agency>.Saved saved:
                TempData["Message"] = $"Đã xóa cơ quan “{saved.Value.NameVi}”.";
                return RedirectToPage();
            case SaveResult<Agency>.Invalid refused:
                ModelState.AddModelError("", string.Join(" ", refused.Errors.Values));
                Tree = await directory.TreeAsync(cancellationToken);
                return Page();
            default:
                return NotFound();
        }
    }

    private IActionResult Moved(Agency? agency, string direction)
    {
        if (agency is null)
        {
            return NotFound();
        }
        TempData["Message"] = $"Đã chuyển “{agency.NameVi}” {direction}.";
        return RedirectToPage();
    }
}
