using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Portal.Web.Areas.Admin.Pages.Forms;
using Portal.Web.Editing;
using Portal.Web.Media;

namespace Portal.Web.Areas.Admin.Pages.Media;

/// <summary>A photo and its words, as the library's upload form and the article editor take them.</summary>
public sealed class PhotoUploadInput
{
    [Display(Name = "Tệp ảnh")]
    public IFormFile? File { get; set; }

    [Display(Name = "Văn bản thay thế (mô tả ảnh)")]
    public string? AltText { get; set; }

    [Display(Name = "Chú thích")]
    public string? Caption { get; set; }

    [Display(Name = "Tác giả ảnh")]
    public string? Credit { get; set; }

    public PhotoDetails Details => new(AltText?.Trim() ?? "", Caption?.Trim() ?? "", Credit?.Trim() ?? "");

    /// <summary>Whether anything was chosen or typed: the editor's optional upload is then meant.</summary>
    public bool IsFilled => File is not null || !string.IsNullOrWhiteSpace(AltText) || !string.IsNullOrWhiteSpace(Caption) || !string.IsNullOrWhiteSpace(Credit);
}

public static class PhotoUploads
{
    public const string FileMissing = "Xin chọn tệp ảnh để tải lên.";

    /// <summary>
    /// Stores the photo (the library records it in the audit log); or puts the library's refusals beside the form's
    /// fields (named <paramref name="prefix"/>.File, .AltText, ...) and returns null, having stored nothing.
    /// </summary>
    public static async Task<Photo?> UploadAsync(this PhotoLibrary library, PhotoUploadInput input, string prefix, ModelStateDictionary modelState,
        string userName, CancellationToken cancellationToken)
    {
        if (input.File is not { } file)
        {
            modelState.AddModelError($"{prefix}.{PhotoFields.File}", FileMissing);
            if (string.IsNullOrWhiteSpace(input.AltText))
            {
                modelState.AddModelError($"{prefix}.{PhotoFields.AltText}", PhotoMessages.AltTextMissing);
            }
            return null;
        }
        SaveResult<Photo> result;
        await using (var content = file.OpenReadStream())
        {
            result = await library.UploadAsync(content, file.Length, file.FileName, input.Details, userName, cancellationToken);
        }
        if (result is SaveResult<Photo>.Invalid invalid)
        {
            modelState.AddErrors(invalid.Errors, prefix);
        }
        return (result as SaveResult<Photo>.Saved)?.Value;
    }
}
