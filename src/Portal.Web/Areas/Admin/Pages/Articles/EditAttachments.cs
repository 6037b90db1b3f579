using Microsoft.AspNetCore.Mvc;
using Portal.Web.Articles.Attachments;

namespace Portal.Web.Areas.Admin.Pages.Articles;

/// <summary>The article's attachments in the editor: sent with the form (no JavaScript needed) or one by one from the toolbar.</summary>
public sealed partial class EditModel
{
    /// <summary>Files sent with the form to attach (no JavaScript needed).</summary>
    [BindProperty]
    public List<IFormFile> NewAttachments { get; set; } = [];

    /// <summary>The files listed under the body, as <see cref="InputModel.AttachmentIds"/> names them.</summary>
    public IReadOnlyList<ArticleAttachment> Attachments { get; private set; } = [];

    /// <summary>The editor's "Tệp đính kèm" button (attachments.js): stores one file, answers what to list and insert, or 400 and why.</summary>
    public async Task<IActionResult> OnPostAttachmentAsync(IFormFile? file, CancellationToken cancellationToken)
    {
        var ids = new List<int>();
        var uploaded = file is not null && await ArticleAttachmentForm.UploadAsync(attachments, [file], ids, ModelState, User.Identity?.Name ?? "", cancellationToken);
        if (!uploaded || ids.Count == 0)
        {
            var error = ModelState[ArticleAttachmentForm.Field]?.Errors.FirstOrDefault()?.ErrorMessage ?? "Xin chọn một tệp PDF, DOCX hoặc XLSX.";
            return BadRequest(new { error });
        }
        var stored = await attachments.FindAsync(ids[0], cancellationToken);
        return new JsonResult(ArticleAttachmentForm.Describe(stored!));
    }

    /// <summary>Stores the files sent with the form (kept whatever becomes of the article), drops those ticked "Gỡ", lists the rest.</summary>
    private async Task<bool> TakeAttachmentsAsync(CancellationToken cancellationToken)
    {
        var stored = await ArticleAttachmentForm.UploadAsync(attachments, NewAttachments, Input.AttachmentIds, ModelState, User.Identity?.Name ?? "", cancellationToken);
        Input.AttachmentIds = Input.AttachmentIds.Except(Input.DetachIds).Distinct().ToList();
        Input.DetachIds = [];
        Attachments = await attachments.ListableAsync(Existing?.Id, Input.AttachmentIds, cancellationToken);
        return stored;
    }
}
