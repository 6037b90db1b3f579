using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Portal.Web.Areas.Admin.Pages.Forms;
using Portal.Web.Categories;
using Portal.Web.Localization;

namespace Portal.Web.Areas.Admin.Pages.Categories;

public sealed class DeleteModel(CategoryService categories) : PageModel
{
    public sealed class InputModel
    {
        [Display(Name = "Chuyển các bài viết sang chuyên mục")]
        public int? MoveArticlesTo { get; set; }
    }

    [BindProperty]
    public InputModel Input { get; set; } = new();

    public Category Category { get; private set; } = null!;
    public int ArticleCount { get; private set; }
    public IReadOnlyList<Category> OtherCategories { get; private set; } = [];

    public SelectList MoveTargets => new(OtherCategories, nameof(Category.Id), nameof(Category.Name));

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken) =>
        await LoadAsync(id, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }
        if (!ModelState.IsValid)
        {
            return Page();
        }
        if (this.AnswerUnsaved(await categories.DeleteAsync(id, Input.MoveArticlesTo, User.Identity!.Name ?? "", cancellationToken)) is { } unsaved)
        {
            // Counted again: the number shown must be the one that stopped the deletion.
            await LoadAsync(id, cancellationToken);
            return unsaved;
        }
        var target = OtherCategories.FirstOrDefault(c => c.Id == Input.MoveArticlesTo);
        TempData["Message"] = ArticleCount > 0 && target is not null
            ? $"Đã chuyển {VietnameseText.FormatCount(ArticleCount)} bài viết sang chuyên mục “{target.Name}” và xóa chuyên mục “{Category.Name}”."
            : $"Đã xóa chuyên mục “{Category.Name}”.";
        return RedirectToPage("Index");
    }

    private async Task<bool> LoadAsync(int id, CancellationToken cancellationToken)
    {
        var category = await categories.FindAsync(id, cancellationToken);
        if (category is null)
        {
            return false;
        }
        Category = category;
        ArticleCount = await categories.CountArticlesAsync(id, cancellationToken);
        OtherCategories = (await categories.AllAsync(cancellationToken)).Where(c => c.Id != id).ToList();
        return true;
    }
}
