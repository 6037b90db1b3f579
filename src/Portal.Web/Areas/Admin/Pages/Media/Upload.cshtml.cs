using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Portal.Web.Articles;
using Portal.Web.Hosting;
using Portal.Web.Media;

namespace Portal.Web.Areas.Admin.Pages.Media;

/// <summary>Adds a photo to the library. A refused file comes back with its reason, and the words typed stay in the form.</summary>
[RequestSizeLimit(RequestBodyLimits.PhotoFormBytes)]
[RequestFormLimits(MultipartBodyLengthLimit = RequestBodyLimits.PhotoFormBytes)]
public sealed class UploadModel(PhotoLibrary library) : PageModel
{
    [BindProperty]
    public PhotoUploadInput Input { get; set; } = new();

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }
        var photo = await library.UploadAsync(Input, nameof(Input), ModelState, User.Identity?.Name ?? "", cancellationToken);
        if (photo is null)
        {
            return Page();
        }
        TempData["Message"] = $"Đã tải ảnh lên thư viện: ảnh số {photo.Id}. Chèn vào bài: {ArticleBody.Snippet(photo)}";
        return RedirectToPage("Index");
    }
}
