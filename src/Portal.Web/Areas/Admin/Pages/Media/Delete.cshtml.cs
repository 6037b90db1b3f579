using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Portal.Web.Areas.Admin.Pages.Forms;
using Portal.Web.Media;

namespace Portal.Web.Areas.Admin.Pages.Media;

/// <summary>Deletes a photo after a confirmation; a photo that an article uses is refused, naming the articles.</summary>
public sealed class DeleteModel(PhotoLibrary library) : PageModel
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
        if (this.AnswerUnsaved(await library.DeleteAsync(id, User.Identity?.Name ?? "")) is { } unsaved)
        {
            // The articles named in the message, read again: those that stopped the deletion.
            Uses = await library.UsesAsync(id);
            return unsaved;
        }
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
