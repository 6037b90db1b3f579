using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Portal.Web.Articles;

namespace Portal.Web.Areas.Admin.Pages.Featured;

/// <summary>"Tin nổi bật" (Approver policy): the featured articles in their order, each moved, given a new end time or unpinned.</summary>
public sealed class IndexModel(FeaturedArticles featured, TimeProvider time) : PageModel
{
    public IReadOnlyList<FeaturedRow> Rows { get; private set; } = [];

    public int Limit => featured.Limit;

    public DateTime Now => time.GetUtcNow().UtcDateTime;

    /// <summary>The end time typed in one row's form, kept when it is refused.</summary>
    [BindProperty]
    public string? Until { get; set; }

    /// <summary>The row whose end time was refused, to show it with what was typed.</summary>
    public int? RefusedId { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Rows = await featured.CurrentAsync(cancellationToken);

    public async Task<IActionResult> OnPostUntilAsync(int id, CancellationToken cancellationToken) =>
        await DoneAsync(id, await featured.ChangeUntilAsync(id, Until, UserName, cancellationToken), cancellationToken);

    public async Task<IActionResult> OnPostMoveUpAsync(int id, CancellationToken cancellationToken) =>
        await DoneAsync(id, await featured.MoveAsync(id, -1, UserName, cancellationToken), cancellationToken);

    public async Task<IActionResult> OnPostMoveDownAsync(int id, CancellationToken cancellationToken) =>
        await DoneAsync(id, await featured.MoveAsync(id, +1, UserName, cancellationToken), cancellationToken);

    public async Task<IActionResult> OnPostUnpinAsync(int id, CancellationToken cancellationToken) =>
        await DoneAsync(id, await featured.UnpinAsync(id, UserName, cancellationToken), cancellationToken);

    private string UserName => User.Identity?.Name ?? "";

    public static string FieldName(int id) => $"Until-{id}";

    private async Task<IActionResult> DoneAsync(int id, FeatureResult result, CancellationToken cancellationToken)
    {
        if (result.Missing)
        {
            return NotFound();
        }
        if (result.Done)
        {
            TempData["Message"] = result.Message;
            return RedirectToPage();
        }
        ModelState.AddModelError(FieldName(id), result.Message);
        RefusedId = id;
        Rows = await featured.CurrentAsync(cancellationToken);
        return Page();
    }
}
