using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Portal.Web.Areas.Admin.Pages.Forms;
using Portal.Web.Articles;
using Portal.Web.Categories;

namespace Portal.Web.Areas.Admin.Pages.Categories;

public sealed class EditModel(CategoryService categories) : PageModel
{
    public const int MaxSortOrder = 9999;

    public sealed class InputModel
    {
        [Required(ErrorMessage = "Xin nhập tên chuyên mục.")]
        [StringLength(Category.NameMaxLength, ErrorMessage = "Tên chuyên mục tối đa {1} ký tự.")]
        [Display(Name = "Tên chuyên mục")]
        public string Name { get; set; } = "";

        [StringLength(Category.NameMaxLength, ErrorMessage = "Tên tiếng Anh tối đa {1} ký tự.")]
        [Display(Name = "Tên tiếng Anh (không bắt buộc)")]
        public string? NameEn { get; set; }

        [StringLength(SlugGenerator.MaxLength, ErrorMessage = "Đường dẫn tối đa {1} ký tự.")]
        [Display(Name = "Đường dẫn")]
        public string? Slug { get; set; }

        [Required(ErrorMessage = "Xin nhập thứ tự.")]
        [Range(0, MaxSortOrder, ErrorMessage = "Thứ tự là một số từ {1} đến {2}.")]
        [Display(Name = "Thứ tự")]
        public int? SortOrder { get; set; }
    }

    [BindProperty]
    public InputModel Input { get; set; } = new();

    /// <summary>The category being edited; null when a new one is being added.</summary>
    public int? Id { get; private set; }

    public async Task<IActionResult> OnGetAsync(int? id, CancellationToken cancellationToken)
    {
        if (id is null)
        {
            Input.SortOrder = await categories.NextSortOrderAsync(cancellationToken);
            return Page();
        }
        var category = await categories.FindAsync(id.Value, cancellationToken);
        if (category is null)
        {
            return NotFound();
        }
        Id = id;
        Input = new InputModel { Name = category.Name, NameEn = category.NameEn, Slug = category.Slug, SortOrder = category.SortOrder };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int? id, CancellationToken cancellationToken)
    {
        Id = id;
        if (id is not null && await categories.FindAsync(id.Value, cancellationToken) is null)
        {
            return NotFound();
        }
        // Model binding leaves an empty field null, whatever the property's type says.
        var fields = new CategoryFields(Input.Name ?? "", Input.Slug, Input.SortOrder ?? 0, Input.NameEn);
        // The slug is checked even when another field is wrong, so every problem is shown at once.
        if (ModelState.GetFieldValidationState("Input.Slug") == ModelValidationState.Valid
            && (ModelState.GetFieldValidationState("Input.Name") == ModelValidationState.Valid || !string.IsNullOrWhiteSpace(Input.Slug))
            && await categories.CheckSlugAsync(fields, id, cancellationToken) is { } problem)
        {
            ModelState.AddErrors(problem.Errors);
        }
        if (!ModelState.IsValid)
        {
            return Page();
        }
        var userName = User.Identity!.Name ?? "";
        var result = id is null
            ? await categories.CreateAsync(fields, userName, cancellationToken)
            : await categories.UpdateAsync(id.Value, fields, userName, cancellationToken);
        if (this.AnswerUnsaved(result) is { } unsaved)
        {
            return unsaved;
        }
        TempData["Message"] = id is null ? $"Đã thêm chuyên mục “{fields.Name.Trim()}”." : $"Đã lưu chuyên mục “{fields.Name.Trim()}”.";
        return RedirectToPage("Index");
    }
}
