using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Portal.Web.Areas.Admin.Pages.Forms;
using Portal.Web.Articles;
using Portal.Web.Hosting;
using Portal.Web.InfoPages;

namespace Portal.Web.Areas.Admin.Pages.InfoPages;

[KeepTheFormDuringAnOutage]
[RequestSizeLimit(RequestBodyLimits.EditorBytes)]
public sealed class EditModel(InfoPageService pages) : PageModel
{
    public sealed class InputModel
    {
        [Required(ErrorMessage = "Xin nhập đường dẫn.")]
        [StringLength(SlugGenerator.MaxLength, ErrorMessage = "Đường dẫn tối đa {1} ký tự.")]
        [Display(Name = "Đường dẫn")]
        public string Slug { get; set; } = "";

        [Range(0, 9999, ErrorMessage = "Thứ tự là một số từ 0 đến 9999.")]
        [Display(Name = "Thứ tự")]
        public int SortOrder { get; set; }

        [Required(ErrorMessage = "Xin nhập tiêu đề tiếng Việt.")]
        [StringLength(InfoPage.TitleMaxLength, ErrorMessage = "Tiêu đề tối đa {1} ký tự.")]
        [Display(Name = "Tiêu đề (tiếng Việt)")]
        public string TitleVi { get; set; } = "";

        [StringLength(Article.BodyMaxLength, ErrorMessage = "Nội dung tối đa 500.000 ký tự.")]
        [Display(Name = "Nội dung (tiếng Việt, Markdown)")]
        public string? BodyVi { get; set; }

        [StringLength(InfoPage.TitleMaxLength, ErrorMessage = "Tiêu đề tối đa {1} ký tự.")]
        [Display(Name = "Tiêu đề (tiếng Anh)")]
        public string? TitleEn { get; set; }

        [StringLength(Article.BodyMaxLength, ErrorMessage = "Nội dung tối đa 500.000 ký tự.")]
        [Display(Name = "Nội dung (tiếng Anh, Markdown)")]
        public string? BodyEn { get; set; }
    }

    [BindProperty]
    public InputModel Input { get; set; } = new();

    public bool IsNew { get; private set; }

    public async Task<IActionResult> OnGetAsync(int? id, CancellationToken cancellationToken)
    {
        IsNew = id is null;
        if (id is not null)
        {
            var page = await pages.FindAsync(id.Value, cancellationToken);
            if (page is null)
            {
                return NotFound();
            }
            Input = new InputModel
            {
                Slug = page.Slug, SortOrder = page.SortOrder, TitleVi = page.TitleVi, BodyVi = page.BodyViMarkdown,
                TitleEn = page.TitleEn, BodyEn = page.BodyEnMarkdown,
            };
        }
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int? id, CancellationToken cancellationToken)
    {
        IsNew = id is null;
        if (id is not null && await pages.FindAsync(id.Value, cancellationToken) is null)
        {
            return NotFound();
        }
        if (!ModelState.IsValid)
        {
            return Page();
        }
        var content = new InfoPageContent(Input.Slug.Trim(), Input.SortOrder, Input.TitleVi, Input.BodyVi ?? "", Input.TitleEn?.Trim() ?? "", Input.BodyEn ?? "");
        if (this.AnswerUnsaved(await pages.SaveAsync(id, content, User.Identity?.Name ?? "", cancellationToken)) is { } unsaved)
        {
            return unsaved;
        }
        TempData["Message"] = "Đã lưu trang thông tin.";
        return RedirectToPage("Index");
    }
}
