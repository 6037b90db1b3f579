using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Portal.Web.Accounts;
using Portal.Web.Areas.Admin.Pages.Forms;
using Portal.Web.Consultations;
using Portal.Web.Editing;
using Portal.Web.LegalDocuments;
using Portal.Web.Localization;

namespace Portal.Web.Areas.Admin.Pages.Consultations;

/// <summary>
/// Writes and edits a consultation: title, drafting agency, explanation, the times it takes comments, its sections
/// and the draft's files. Whatever goes wrong, the form comes back with everything typed (files aside).
/// </summary>
[KeepTheFormDuringAnOutage]
[RequestSizeLimit(FormBytes)]
[RequestFormLimits(MultipartBodyLengthLimit = FormBytes)]
public sealed class EditModel(ConsultationService consultations, NewsroomConsultations newsroom, TimeProvider time, DisplayNames displayNames) : PageModel
{
    /// <summary>Three files of the largest size in one form.</summary>
    public const long FormBytes = 3 * LegalDocumentFile.MaxLength + 1024 * 1024;

    [BindProperty]
    public ConsultationInput Input { get; set; } = new();

    [BindProperty]
    public List<IFormFile> Uploads { get; set; } = [];

    public Consultation? Existing { get; private set; }
    public List<DocumentIssuer> Issuers { get; private set; } = [];
    public SaveResult<Consultation>.Conflict? Conflict { get; private set; }
    public DateTime Now => time.GetUtcNow().UtcDateTime;

    public async Task<IActionResult> OnGetAsync(int? id, CancellationToken cancellationToken)
    {
        if (id is not null)
        {
            if (!await LoadAsync(id.Value, cancellationToken))
            {
                return NotFound();
            }
            Input = ConsultationInput.Of(Existing!);
        }
        Issuers = await newsroom.IssuersAsync(cancellationToken);
        return Page();
    }

    public Task<IActionResult> OnPostAsync(int? id, CancellationToken cancellationToken) => SaveAsync(id, submit: false, cancellationToken);

    public Task<IActionResult> OnPostSubmitAsync(int? id, CancellationToken cancellationToken) => SaveAsync(id, submit: true, cancellationToken);

    private async Task<IActionResult> SaveAsync(int? id, bool submit, CancellationToken cancellationToken)
    {
        if (id is not null && !await LoadAsync(id.Value, cancellationToken))
        {
            return NotFound();
        }
        Issuers = await newsroom.IssuersAsync(cancellationToken);
        Input.Id = id ?? 0;
        Input.Submit = submit;
        // An issuer that is no number is the service's "choose one", beside the field, not the binder's English.
        ModelState.Clear();
        if (await DocumentUploads.ReadAsync(Uploads, ModelState, $"{nameof(Input)}.{nameof(Input.NewFiles)}", "dự thảo", cancellationToken) is not { } files)
        {
            return Page();
        }
        Input.NewFiles = files;

        var result = await consultations.SaveAsync(Input, User.AsNewsroomUser(), cancellationToken);
        switch (result)
        {
            case SaveResult<Consultation>.Saved saved:
                TempData["Message"] = submit ? "Đã lưu và gửi dự thảo cho người duyệt." : "Đã lưu dự thảo.";
                return RedirectToPage("Edit", new { id = saved.Value.Id });
            case SaveResult<Consultation>.Conflict conflict:
                // Keep this person's fields; carry the new version, so a second save overwrites knowingly.
                Conflict = conflict;
                Input.Version = conflict.Current.Version;
                ModelState.AddModelError("", $"{await displayNames.OfAsync(conflict.Current.UpdatedBy, cancellationToken)} đã lưu dự thảo này lúc {VietnamTime.FormatStamp(conflict.Current.UpdatedAt)}, trong lúc bạn đang sửa; chưa lưu nội dung của bạn. Xem lại, rồi bấm Lưu lần nữa nếu muốn thay bằng nội dung của bạn.");
                return Page();
            default:
                return this.AnswerUnsaved(result) ?? Page();
        }
    }

    private async Task<bool> LoadAsync(int id, CancellationToken cancellationToken)
    {
        Existing = await newsroom.FindAsync(id, cancellationToken);
        return Existing is not null;
    }
}
