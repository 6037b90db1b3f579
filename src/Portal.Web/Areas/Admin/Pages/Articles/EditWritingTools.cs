using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Mvc;
using Portal.Web.Areas.Admin.Pages.Media;
using Portal.Web.Articles;
using Portal.Web.Localization;
using Portal.Web.Media;

namespace Portal.Web.Areas.Admin.Pages.Articles;

/// <summary>
/// The handlers the editor's script (wwwroot/js/editor.js) calls while someone writes: the live preview, the photo
/// dialog's list and upload, and the autosave. The form itself never needs them.
/// </summary>
public sealed partial class EditModel
{
    /// <summary>This user's autosave of the article, newer than its last save and different from it.</summary>
    public ArticleAutosave? PendingAutosave { get; private set; }

    /// <summary>Whether the form shows the autosave, not the saved article.</summary>
    public bool Restored { get; private set; }

    /// <summary>A photo uploaded from the editor's photo dialog, to be put in the body.</summary>
    [BindProperty]
    public PhotoUploadInput DialogPhoto { get; set; } = new();

    private string UserId => User.FindFirstValue(ClaimTypes.NameIdentifier) ?? "";

    /// <summary>Keeps the form's fields for this user, never touching the article: 404 for an article that does not exist.</summary>
    public async Task<IActionResult> OnPostAutosaveAsync(int? id, [FromServices] ArticleAutosaves autosaves, CancellationToken cancellationToken)
    {
        var (outcome, savedAt) = await autosaves.SaveAsync(UserId, id, Input.ToAutosave(), cancellationToken);
        return outcome switch
        {
            AutosaveOutcome.ArticleNotFound => NotFound(),
            AutosaveOutcome.TooLong => BadRequest(new { error = "Nội dung vượt quá giới hạn của biểu mẫu; chưa tự động lưu." }),
            _ => new JsonResult(new { savedAt = VietnamTime.ToVietnam(savedAt).ToString("HH:mm", CultureInfo.InvariantCulture) }),
        };
    }

    /// <summary>Forgets this user's autosave of the article ("Bỏ bản này").</summary>
    public async Task<IActionResult> OnPostDiscardAutosaveAsync(int? id, [FromServices] ArticleAutosaves autosaves, CancellationToken cancellationToken)
    {
        await autosaves.DiscardAsync(UserId, id, cancellationToken);
        return RedirectToPage("Edit", new { id });
    }

    /// <summary>The body as publishing would render it (sanitised, photos and document links resolved), or why it cannot be.</summary>
    public async Task<IActionResult> OnPostRenderAsync([FromServices] ArticleBody renderer, CancellationToken cancellationToken)
    {
        if ((Input.BodyMarkdown?.Length ?? 0) > Article.BodyMaxLength)
        {
            return new JsonResult(new { html = "", error = "Nội dung quá dài: tối đa 500.000 ký tự." });
        }
        var rendered = await renderer.RenderAsync(Input.BodyMarkdown ?? "", cancellationToken);
        return new JsonResult(new { html = rendered.Html, error = rendered.Error });
    }

    /// <summary>The library's newest photos, or those matching <paramref name="q"/>, for the photo dialog.</summary>
    public async Task<IActionResult> OnGetPhotoChoicesAsync(string? q, [FromServices] PhotoLibrary library)
    {
        var query = q?.Trim() is { Length: > 0 } words ? words[..Math.Min(words.Length, 200)] : null;
        var found = await library.SearchAsync(query, 1, PhotoChoiceCount);
        return new JsonResult(new { photos = found.Items.Select(i => PhotoChoice(i.Photo)) });
    }

    /// <summary>Stores a photo sent from the dialog, with its words; its snippet, or the library's refusal.</summary>
    public async Task<IActionResult> OnPostPhotoUploadAsync([FromServices] PhotoLibrary library, CancellationToken cancellationToken)
    {
        var photo = await library.UploadAsync(DialogPhoto, nameof(DialogPhoto), ModelState, User.Identity?.Name ?? "", cancellationToken);
        if (photo is null)
        {
            var errors = ModelState.Where(e => e.Key.StartsWith(nameof(DialogPhoto), StringComparison.Ordinal))
                .SelectMany(e => e.Value!.Errors.Select(error => error.ErrorMessage)).Distinct();
            return BadRequest(new { error = string.Join(" ", errors) });
        }
        return new JsonResult(PhotoChoice(photo));
    }

    private static object PhotoChoice(Photo photo) => new
    {
        id = photo.Id,
        altText = photo.AltText,
        caption = photo.Caption,
        snippet = ArticleBody.Snippet(photo),
        thumbnail = ResponsiveImage.Picture(photo, "6rem").ToString(),
    };
}
