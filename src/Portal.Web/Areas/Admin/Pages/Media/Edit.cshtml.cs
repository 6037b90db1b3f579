using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Portal.Web.Areas.Admin.Pages.Forms;
using Portal.Web.Media;

namespace Portal.Web.Areas.Admin.Pages.Media;

/// <summary>
/// Changes a photo's alternative text, caption and credit. The article bodies that show it are rendered again,
/// and the cached public pages evicted, so readers see the new words at once; while a published or submitted
/// article shows it, only an approver may (<see cref="PhotoLibrary.UpdateDetailsAsync"/>).
/// </summary>
public sealed class EditModel(PhotoLibrary library) : PageModel
{
    [BindProperty]
    public PhotoUploadInput Input { get; set; } = new();

    public Photo Photo { get; private set; } = null!;

    public IReadOnlyList<ArticleUse> Uses { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }
        Input = new PhotoUploadInput { AltText = Photo.AltText, Caption = Photo.Caption, Credit = Photo.Credit };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }
        if (!ModelState.IsValid)
        {
            return Page();
        }
        if (this.AnswerUnsaved(await library.UpdateDetailsAsync(id, Input.Details, User.AsNewsroomUser(), cancellationToken)) is { } unsaved)
        {
            return unsaved;
        }
        TempData["Message"] = $"Đã lưu thông tin ảnh số {Photo.Id}.";
        return RedirectToPage("Index");
    }

    private async Task<bool> LoadAsync(int id, CancellationToken cancellationToken)
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
