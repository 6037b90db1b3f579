using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Portal.Web.Auditing;
using Portal.Web.Media;

namespace Portal.Web.Areas.Admin.Pages.Media;

/// <summary>Deletes a photo after a confirmation; a photo that an article uses is refused, naming the articles.</summary>
public sealed class DeleteModel(PhotoLibrary library, AuditLog audit) : PageModel
{
    public Photo Photo { get; private set; } = null!;

    public IReadOnlyList<ArticleUse> Uses { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken) =>
        await LoadAsync(id) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }
        var result = await library.DeleteAsync(id);
        if (result.NotFound)
        {
            return NotFound();
        }
        if (!result.Deleted)
        {
            ModelState.AddModelError("", result.Message ?? PhotoMessages.InUse(result.Uses.Select(u => u.Title)));
            Uses = result.Uses;
            return Page();
        }
        await audit.RecordAsync(User.Identity?.Name ?? "", AuditActions.PhotoDeleted, PhotoUploads.PhotoTarget(Photo), cancellationToken: cancellationToken);
        TempData["Message"] = $"Đã xóa ảnh số {Photo.Id}.";
        return RedirectToPage("Index");
    }

    private async Task<bool> LoadAsync(int id)
    {
        if (await library.FindAsync(id) is not { } photo)
        {
            return false;
        }
        Photo = photo;
        Uses = await library.UsesAsync(id);
        return true;
    }
}
