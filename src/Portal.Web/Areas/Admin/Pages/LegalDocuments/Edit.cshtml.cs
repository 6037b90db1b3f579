using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Portal.Web.Areas.Admin.Pages.Forms;
using Portal.Web.Editing;
using Portal.Web.LegalDocuments;

namespace Portal.Web.Areas.Admin.Pages.LegalDocuments;

/// <summary>
/// Writes and edits a legal document: every field, its relations as rows, its legal force by hand, its files.
/// Whatever goes wrong, the form comes back with everything that was typed (files aside: a browser cannot be
/// given back a file to send).
/// </summary>
[KeepTheFormDuringAnOutage]
[RequestSizeLimit(FormBytes)]
[RequestFormLimits(MultipartBodyLengthLimit = FormBytes)]
public sealed class EditModel(
    LegalDocumentService documents, LegalDocumentRules rules, NewsroomLegalDocuments newsroom, TimeProvider time) : PageModel
{
    /// <summary>Three files of the largest size in one form.</summary>
    public const long FormBytes = 3 * LegalDocumentFile.MaxLength + 1024 * 1024;

    /// <summary>Blank relation rows offered after the document's own.</summary>
    public const int BlankRelationRows = 3;

    [BindProperty]
    public LegalDocumentInput Input { get; set; } = new();

    [BindProperty]
    public List<IFormFile> Uploads { get; set; } = [];

    public LegalDocument? Existing { get; private set; }
    public DocumentRelations Relations { get; private set; } = new([], []);
    public List<DocumentType> Types { get; private set; } = [];
    public List<DocumentIssuer> Issuers { get; private set; } = [];
    public List<DocumentField> Fields { get; private set; } = [];
    public SaveResult<LegalDocument>.Conflict? Conflict { get; private set; }
    public DateTime Now => time.GetUtcNow().UtcDateTime;

    public async Task<IActionResult> OnGetAsync(int? id, CancellationToken cancellationToken)
    {
        if (id is not null)
        {
            if (!await LoadAsync(id.Value, cancellationToken))
            {
                return NotFound();
            }
            Input = LegalDocumentInput.Of(Existing!, Relations.Acting.Select(r => new LegalDocumentRelationInput(r.Kind, r.Number, r.IssuerId)));
        }
        await LoadChoicesAsync(cancellationToken);
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
        await LoadChoicesAsync(cancellationToken);
        Input.Id = id ?? 0;
        Input.Submit = submit;
        // Blank rows are the form's spare ones: not kept, so the form comes back with its rows and three spare.
        Input.Relations = [.. Input.Relations.Where(r => r is not null && !string.IsNullOrWhiteSpace(r.TargetNumber))];
        if (!BindingErrorsInVietnamese())
        {
            // The rules' messages too, beside the fields the binder could read, so one round shows every mistake.
            var errors = new Dictionary<string, string>();
            LegalDocumentRules.Normalize(Input);
            await rules.CheckAsync(Input, Input.Id, errors, cancellationToken);
            ModelState.AddErrors(errors.Where(e => ModelState[$"{nameof(Input)}.{e.Key}"] is not { Errors.Count: > 0 }).ToDictionary(), nameof(Input));
            return Page();
        }
        if (await DocumentUploads.ReadAsync(Uploads, ModelState, $"{nameof(Input)}.{nameof(Input.NewFiles)}", "văn bản", cancellationToken) is not { } files)
        {
            return Page();
        }
        Input.NewFiles = files;

        var result = await documents.SaveAsync(Input, User.AsNewsroomUser(), cancellationToken);
        switch (result)
        {
            case SaveResult<LegalDocument>.Saved saved:
                TempData["Message"] = submit ? "Đã lưu và gửi văn bản cho người duyệt." : "Đã lưu văn bản.";
                return RedirectToPage("Edit", new { id = saved.Value.Id });
            case SaveResult<LegalDocument>.Invalid invalid:
                ModelState.AddErrors(invalid.Errors, nameof(Input));
                return Page();
            case SaveResult<LegalDocument>.Conflict conflict:
                // Keep this person's fields; carry the new version, so a second save overwrites knowingly.
                Conflict = conflict;
                Input.Version = conflict.Current.Version;
                ModelState.Remove($"{nameof(Input)}.{nameof(Input.Version)}");
                ModelState.AddModelError("", "Văn bản đã được người khác lưu trong lúc bạn đang sửa; chưa lưu nội dung của bạn.");
                return Page();
            default:
                return NotFound();
        }
    }

    /// <summary>
    /// What the binder could not read (a date that is no date, a number that is no number) gets a Vietnamese message
    /// beside the field, which keeps what was typed; an empty value is the service's to judge. False when any remain.
    /// </summary>
    private bool BindingErrorsInVietnamese()
    {
        foreach (var (key, entry) in ModelState.Where(e => e.Value is { ValidationState: ModelValidationState.Invalid }).ToList())
        {
            entry!.Errors.Clear();
            if (string.IsNullOrWhiteSpace(entry.AttemptedValue))
            {
                entry.ValidationState = ModelValidationState.Valid;
                continue;
            }
            entry.Errors.Add(key.EndsWith("On", StringComparison.Ordinal)
                ? $"\"{entry.AttemptedValue}\" không phải là ngày hợp lệ: xin nhập theo dạng ngày/tháng/năm."
                : $"Giá trị \"{entry.AttemptedValue}\" không hợp lệ.");
        }
        return ModelState.IsValid;
    }

    private async Task<bool> LoadAsync(int id, CancellationToken cancellationToken)
    {
        Existing = await newsroom.FindAsync(id, cancellationToken);
        if (Existing is null)
        {
            return false;
        }
        Relations = await newsroom.RelationsAsync(id, cancellationToken);
        return true;
    }

    private async Task LoadChoicesAsync(CancellationToken cancellationToken) =>
        (Types, Issuers, Fields) = await newsroom.ChoicesAsync(cancellationToken);

    /// <summary>The rows of the relations' table: the input's, then blank ones.</summary>
    public IReadOnlyList<LegalDocumentRelationInput> RelationRows =>
        [.. Input.Relations, .. Enumerable.Repeat(new LegalDocumentRelationInput(RelationKind.Replaces, ""), BlankRelationRows)];
}
