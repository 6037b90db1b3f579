using Microsoft.AspNetCore.Mvc.ModelBinding;
using Portal.Web.Areas.Admin.Pages.Forms;
using Portal.Web.Articles.Attachments;
using Portal.Web.Editing;
using Portal.Web.Feeds;
using Portal.Web.LegalDocuments;

namespace Portal.Web.Areas.Admin.Pages.Articles;

/// <summary>What the script of the editor's "Tệp đính kèm" button gets back: the file to list, and the link to insert.</summary>
public sealed record UploadedAttachment(int Id, string FileName, string Kind, string Size, string Href, string Markdown);

/// <summary>
/// The attachments part of the article editor: files sent with any post of the form are stored at once (and survive
/// a refused save: the form carries their ids back), those ticked "Gỡ" leave the list.
/// </summary>
public static class ArticleAttachmentForm
{
    public const string Field = "Input." + ArticleAttachments.Field;

    /// <summary>Stores the uploads, their ids added to <paramref name="ids"/>; false, with a message beside the list, at the first refused.</summary>
    public static async Task<bool> UploadAsync(ArticleAttachments attachments, IEnumerable<IFormFile> uploads, List<int> ids, ModelStateDictionary modelState,
        string userName, CancellationToken ct)
    {
        if (await DocumentUploads.ReadAsync(uploads, modelState, Field, "tệp đính kèm", ct) is not { } files)
        {
            return false;
        }
        foreach (var file in files)
        {
            var result = await attachments.UploadAsync(file.FileName, file.Content, userName, ct);
            if (result is SaveResult<ArticleAttachment>.Invalid invalid)
            {
                modelState.AddModelError(Field, string.Join(" ", invalid.Errors.Values));
                return false;
            }
            ids.Add(((SaveResult<ArticleAttachment>.Saved)result).Value.Id);
        }
        return true;
    }

    public static UploadedAttachment Describe(ArticleAttachment file)
    {
        var href = PublicUrls.ArticleAttachmentPath(file.Id, file.FileName);
        return new UploadedAttachment(file.Id, file.FileName, ArticleAttachment.Kind(file.Format), DocumentFileFormats.Size(file.Length), href, Link(file.FileName, href));
    }

    /// <summary>A Markdown link to the file at its public address; brackets in the name escaped, so the link stays one.</summary>
    public static string Link(string fileName, string href)
    {
        var text = fileName.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("[", "\\[", StringComparison.Ordinal).Replace("]", "\\]", StringComparison.Ordinal);
        return $"[{text}]({href})";
    }
}
