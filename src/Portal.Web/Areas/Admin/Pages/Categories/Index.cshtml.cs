using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Portal.Web.Categories;

namespace Portal.Web.Areas.Admin.Pages.Categories;

public sealed class IndexModel(CategoryService categories) : PageModel
{
    public IReadOnlyList<CategoryRow> Rows { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Rows = await categories.ListWithArticleCountsAsync(cancellationToken);

    public async Task<IActionResult> OnPostMoveUpAsync(int id, CancellationToken cancellationToken) =>
        Moved(await categories.MoveUpAsync(id, User.Identity!.Name ?? "", cancellationToken), "lên");

    public async Task<IActionResult> OnPostMoveDownAsync(int id, CancellationToken cancellationToken) =>
        Moved(await categories.MoveDownAsync(id, User.Identity!.Name ?? "", cancellationToken), "xuống");

    private IActionResult Moved(Category? category, string direction)
    {
        if (category is null)
        {
            return NotFound();
        }
        TempData["Message"] = $"Đã chuyển chuyên mục “{category.Name}” {direction}.";
        return RedirectToPage();
    }
}
