using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Portal.Web.Agencies;

namespace Portal.Web.Areas.Admin.Pages.Directory;

/// <summary>An agency's officials in display order: up, down, delete, and links to add and edit.</summary>
public sealed class OfficialsModel(OfficialAdmin officials) : PageModel
{
    public Agency Agency { get; private set; } = null!;

    public IReadOnlyList<Official> Officials { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int agencyId, CancellationToken cancellationToken)
    {
        if (await officials.OfAgencyAsync(agencyId, cancellationToken) is not { } found)
        {
            return NotFound();
        }
        (Agency, Officials) = found;
        return Page();
    }

    public async Task<IActionResult> OnPostMoveUpAsync(int agencyId, int id, CancellationToken cancellationToken) =>
        Done(await officials.MoveAsync(id, -1, User.Identity!.Name ?? "", cancellationToken), agencyId, "Đã chuyển “{0}” lên.");

    public async Task<IActionResult> OnPostMoveDownAsync(int agencyId, int id, CancellationToken cancellationToken) =>
        Done(await officials.MoveAsync(id, +1, User.Identity!.Name ?? "", cancellationToken), agencyId, "Đã chuyển “{0}” xuống.");

    public async Task<IActionResult> OnPostDeleteAsync(int agencyId, int id, CancellationToken cancellationToken) =>
        Done(await officials.DeleteAsync(id, User.Identity!.Name ?? "", cancellationToken), agencyId, "Đã xóa cán bộ “{0}”.");

    private IActionResult Done(Official? official, int agencyId, string message)
    {
        if (official is null)
        {
            return NotFound();
        }
        TempData["Message"] = string.Format(System.Globalization.CultureInfo.InvariantCulture, message, official.Name);
        return RedirectToPage(new { agencyId = official.AgencyId == 0 ? agencyId : official.AgencyId });
    }
}
