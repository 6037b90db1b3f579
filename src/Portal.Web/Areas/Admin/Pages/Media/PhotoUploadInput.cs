using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Portal.Web.Auditing;
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
    /// Stores the photo and records it in the audit log; or puts the library's refusals beside the form's fields
    /// (named <paramref name="prefix"/>.File, .AltText, ...) and returns null, having stored nothing.
    /// </summary>
    public static async Task<Photo?> UploadAsync(this PhotoLibrary library, PhotoUploadInput input, string prefix, ModelStateDictionary modelState,
        string userName, AuditLog audit, CancellationToken cancellationToken)
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
        PhotoUploadResult result;
        await using (var content = file.OpenReadStream())
        {
            result = await library.UploadAsync(content, file.Length, file.FileName, input.Details, userName, cancellationToken);
        }
        if (result.Photo is not { } photo)
        {
            foreach (var error in result.Errors)
            {
                modelState.AddModelError($"{prefix}.{error.Field}", error.Message);
            }
            return null;
        }
        await audit.RecordAsync(userName, AuditActions.PhotoUploaded, PhotoTarget(photo), $"{photo.Width} × {photo.Height}", cancellationToken);
        return photo;
    }

    public static string PhotoTarget(Photo photo) => PhotoLibrary.Target(photo);
}
