using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Portal.Web.Areas.Admin.Pages.Forms;
using Portal.Web.Editing;
using Portal.Web.LegalDocuments;

namespace Portal.Web.Areas.Admin.Pages.DocumentLists;

/// <summary>
/// One of the document lists (types, issuers, fields; Administrator policy): add a row, rename it, move it, delete
/// one no document uses.
/// </summary>
public sealed class IndexModel(DocumentListsAdmin lists) : PageModel
{
    public static readonly IReadOnlyDictionary<string, DocumentList> Lists = new Dictionary<string, DocumentList>
    {
        ["types"] = DocumentList.Types,
        ["issuers"] = DocumentList.Issuers,
        ["fields"] = DocumentList.Fields,
    };

    [BindProperty]
    public DocumentListInput Input { get; set; } = new();

    /// <summary>The row being renamed; null when adding.</summary>
    [BindProperty]
    public int? EditedId { get; set; }

    public string ListName { get; private set; } = "";
    public DocumentList List { get; private set; }
    public IReadOnlyList<DocumentListRow> Rows { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string list, CancellationToken cancellationToken) =>
        await LoadAsync(list, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostSaveAsync(string list, CancellationToken cancellationToken)
    {
        if (!Lists.ContainsKey(list))
        {
            return NotFound();
        }
        var result = await lists.SaveAsync(Lists[list], EditedId, Input, UserName, cancellationToken);
        await LoadAsync(list, cancellationToken);
        if (this.AnswerUnsaved(result) is { } unsaved)
        {
            return unsaved;
        }
        TempData["Message"] = EditedId is null ? $"Đã thêm \"{Input.Name.Trim()}\"." : $"Đã lưu \"{Input.Name.Trim()}\".";
        return RedirectToPage(new { list });
    }

    public Task<IActionResult> OnPostMoveUpAsync(string list, int id, CancellationToken cancellationToken) => MoveAsync(list, id, -1, cancellationToken);

    public Task<IActionResult> OnPostMoveDownAsync(string list, int id, CancellationToken cancellationToken) => MoveAsync(list, id, +1, cancellationToken);

    public async Task<IActionResult> OnPostDeleteAsync(string list, int id, CancellationToken cancellationToken)
    {
        if (!Lists.ContainsKey(list))
        {
            return NotFound();
        }
        var result = await lists.DeleteAsync(Lists[list], id, UserName, cancellationToken);
        await LoadAsync(list, cancellationToken);
        if (this.AnswerUnsaved(result) is { } unsaved)
        {
            return unsaved;
        }
        TempData["Message"] = $"Đã xóa \"{((SaveResult<DocumentListItem>.Saved)result).Value.Name}\".";
        return RedirectToPage(new { list });
    }

    private async Task<IActionResult> MoveAsync(string list, int id, int step, CancellationToken cancellationToken)
    {
        if (!Lists.TryGetValue(list, out var kind) || await lists.MoveAsync(kind, id, step, UserName, cancellationToken) is not { } row)
        {
            return NotFound();
        }
        TempData["Message"] = $"Đã chuyển \"{row.Name}\" {(step < 0 ? "lên" : "xuống")}.";
        return RedirectToPage(new { list });
    }

    private string UserName => User.Identity?.Name ?? "";

    private async Task<bool> LoadAsync(string list, CancellationToken cancellationToken)
    {
        if (!Lists.TryGetValue(list, out var kind))
        {
            return false;
        }
        (ListName, List) = (list, kind);
        Rows = await lists.RowsAsync(kind, cancellationToken);
        return true;
    }
}
