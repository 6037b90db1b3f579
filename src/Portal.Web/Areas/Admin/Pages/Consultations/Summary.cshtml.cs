using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Portal.Web.Areas.Admin.Pages.Forms;
using Portal.Web.Consultations;
using Portal.Web.Editing;
using Portal.Web.Publishing;

namespace Portal.Web.Areas.Admin.Pages.Consultations;

/// <summary>
/// The agency's summary after closing (Approver policy): its text and files, saved at any time; "Công bố báo cáo"
/// publishes it once the consultation has closed and tells every person who commented.
/// </summary>
[KeepTheFormDuringAnOutage]
[RequestSizeLimit(EditModel.FormBytes)]
[RequestFormLimits(MultipartBodyLengthLimit = EditModel.FormBytes)]
public sealed class SummaryModel(ConsultationSummaries summaries, NewsroomConsultations newsroom, TimeProvider time) : PageModel
{
    [BindProperty]
    public ConsultationSummaryInput Input { get; set; } = new();

    [BindProperty]
    public List<IFormFile> Uploads { get; set; } = [];

    public Consultation Consultation { get; private set; } = null!;
    public DateTime Now => time.GetUtcNow().UtcDateTime;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }
        Input = new ConsultationSummaryInput { Id = id, Version = Consultation.Version, Text = Consultation.SummaryText };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }
        ModelState.Clear();
        Input.Id = id;
        if (await DocumentUploads.ReadAsync(Uploads, ModelState, $"{nameof(Input)}.{nameof(Input.NewFiles)}", "báo cáo", cancellationToken) is not { } files)
        {
            return Page();
        }
        Input.NewFiles = files;
        var result = await summaries.SaveAsync(Input, User.AsNewsroomUser(), cancellationToken);
        if (result is SaveResult<Consultation>.Conflict conflict)
        {
            Input.Version = conflict.Current.Version;
            ModelState.AddModelError("", "Dự thảo đã được người khác lưu trong lúc bạn đang sửa; chưa lưu báo cáo. Xem lại, rồi bấm Lưu lần nữa nếu muốn thay bằng nội dung của bạn.");
            return Page();
        }
        if (this.AnswerUnsaved(result) is { } unsaved)
        {
            return unsaved;
        }
        TempData["Message"] = "Đã lưu báo cáo tổng hợp.";
        return RedirectToPage("Summary", new { id });
    }

    public async Task<IActionResult> OnPostPublishAsync(int id, CancellationToken cancellationToken)
    {
        var result = await summaries.PublishAsync(id, Input.Version, User.Identity?.Name ?? "", cancellationToken);
        if (result.Outcome == WorkflowOutcome.Missing)
        {
            return NotFound();
        }
        if (result.Outcome == WorkflowOutcome.Done)
        {
            TempData["Message"] = result.Message;
            return RedirectToPage("Summary", new { id });
        }
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }
        ModelState.Clear();
        Input = new ConsultationSummaryInput { Id = id, Version = Consultation.Version, Text = Consultation.SummaryText };
        ModelState.AddModelError("", result.Message);
        return Page();
    }

    private async Task<bool> LoadAsync(int id, CancellationToken cancellationToken)
    {
        if (await newsroom.FindAsync(id, cancellationToken) is not { } consultation)
        {
            return false;
        }
        Consultation = consultation;
        return true;
    }
}
