using Microsoft.AspNetCore.Mvc.ModelBinding;
using Portal.Web.LegalDocuments;

namespace Portal.Web.Areas.Admin.Pages.Forms;

/// <summary>The files a form sends for a kind that keeps document files (legal documents, consultations), read into memory.</summary>
public static class DocumentUploads
{
    /// <summary>
    /// The non-empty uploads, or null with a message beside <paramref name="field"/> when one is over the size any
    /// document file may have (the store refuses the rest, naming the file); <paramref name="what"/> is what was not saved.
    /// </summary>
    public static async Task<List<DocumentFileUpload>?> ReadAsync(IEnumerable<IFormFile> uploads, ModelStateDictionary modelState, string field, string what,
        CancellationToken cancellationToken)
    {
        var files = new List<DocumentFileUpload>();
        foreach (var upload in uploads.Where(u => u.Length > 0))
        {
            if (upload.Length > LegalDocumentFile.MaxLength)
            {
                modelState.AddModelError(field, $"Tệp \"{upload.FileName}\" lớn hơn 30 MB: chưa lưu {what}.");
                return null;
            }
            using var content = new MemoryStream((int)upload.Length);
            await upload.CopyToAsync(content, cancellationToken);
            files.Add(new DocumentFileUpload(Path.GetFileName(upload.FileName), content.ToArray()));
        }
        return files;
    }
}
