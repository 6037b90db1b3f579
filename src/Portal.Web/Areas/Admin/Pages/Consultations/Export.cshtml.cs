using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Portal.Web.Consultations;

namespace Portal.Web.Areas.Admin.Pages.Consultations;

/// <summary>
/// A consultation's confirmed comments for the drafting team (Approver policy), as CSV or DOCX: what was said and by
/// whom, never an e-mail address or a phone number.
/// </summary>
public sealed class ExportModel(ConsultationExports exports, TimeProvider time) : PageModel
{
    public const string DocxType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    public int Id { get; private set; }
    public string Title { get; private set; } = "";
    public int Count { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        if (await exports.TitleAsync(id, cancellationToken) is not { } title)
        {
            return NotFound();
        }
        (Id, Title, Count) = (id, title, (await exports.CommentsAsync(id, cancellationToken)).Count);
        return Page();
    }

    public async Task<IActionResult> OnGetCsvAsync(int id, CancellationToken cancellationToken)
    {
        if (await exports.TitleAsync(id, cancellationToken) is null)
        {
            return NotFound();
        }
        var content = new MemoryStream();
        await ConsultationExports.WriteCsvAsync(content, await exports.CommentsAsync(id, cancellationToken), cancellationToken);
        content.Position = 0;
        return File(content, "text/csv; charset=utf-8", ConsultationExports.FileName(id, ".csv"));
    }

    public async Task<IActionResult> OnGetDocxAsync(int id, CancellationToken cancellationToken)
    {
        if (await exports.TitleAsync(id, cancellationToken) is not { } title)
        {
            return NotFound();
        }
        var content = new MemoryStream();
        ConsultationExports.WriteDocx(content, title, await exports.CommentsAsync(id, cancellationToken), time.GetUtcNow().UtcDateTime);
        content.Position = 0;
        return File(content, DocxType, ConsultationExports.FileName(id, ".docx"));
    }
}
