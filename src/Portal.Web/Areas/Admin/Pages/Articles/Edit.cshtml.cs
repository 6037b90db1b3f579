using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Portal.Web.Areas.Admin.Pages.Forms;
using Portal.Web.Articles;
using Portal.Web.Categories;
using Portal.Web.Data;
using Portal.Web.Hosting;

namespace Portal.Web.Areas.Admin.Pages.Articles;

/// <summary>
/// Writes and edits an article: save a draft, submit it for approval, or preview it (no JavaScript needed).
/// Whatever goes wrong, the form comes back with everything that was typed.
/// </summary>
[KeepTheFormDuringAnOutage]
[RequestSizeLimit(RequestBodyLimits.EditorBytes)]
public sealed class EditModel(ArticleService articles, CategoryService categories, MarkdownRenderer markdown, PortalDbContext db, TimeProvider time) : PageModel
{
    public sealed class InputModel
    {
        [Required(ErrorMessage = "Xin nhập tiêu đề.")]
        [StringLength(Article.TitleMaxLength, ErrorMessage = "Tiêu đề tối đa {1} ký tự (hiện có {2}).")]
        [Display(Name = "Tiêu đề")]
        public string Title { get; set; } = "";

        [StringLength(SlugGenerator.MaxLength, ErrorMessage = "Đường dẫn tối đa {1} ký tự.")]
        [Display(Name = "Đường dẫn")]
        public string? Slug { get; set; }

        [Required(ErrorMessage = "Xin chọn chuyên mục.")]
        [Display(Name = "Chuyên mục")]
        public int? CategoryId { get; set; }

        [StringLength(Article.SummaryMaxLength, ErrorMessage = "Tóm tắt tối đa {1} ký tự.")]
        [Display(Name = "Tóm tắt")]
        public string? Summary { get; set; }

        [StringLength(Article.AuthorMaxLength, ErrorMessage = "Tên tác giả tối đa {1} ký tự.")]
        [Display(Name = "Tác giả")]
        public string? Author { get; set; }

        [StringLength(Article.BodyMaxLength, ErrorMessage = "Nội dung quá dài: tối đa 500.000 ký tự.")]
        [Display(Name = "Nội dung (Markdown)")]
        public string? BodyMarkdown { get; set; }

        public Guid? Version { get; set; }

        public static InputModel Of(ArticleContent content, Guid version) => new()
        {
            Title = content.Title,
            Slug = content.Slug,
            CategoryId = content.CategoryId,
            Summary = content.Summary,
            Author = content.Author,
            BodyMarkdown = content.BodyMarkdown,
            Version = version,
        };

        public ArticleContent ToContent() =>
            new(Title.Trim(), Slug ?? "", CategoryId ?? 0, Summary ?? "", Author ?? "", BodyMarkdown ?? "");
    }

    [BindProperty]
    public InputModel Input { get; set; } = new();

    public Article? Existing { get; private set; }
    public IReadOnlyList<Category> Categories { get; private set; } = [];
    public string? PreviewHtml { get; private set; }
    public SaveResult.Conflict? Conflict { get; private set; }
    public DateTime Now => time.GetUtcNow().UtcDateTime;

    public async Task<IActionResult> OnGetAsync(int? id, CancellationToken cancellationToken)
    {
        if (id is not null)
        {
            if (!await LoadAsync(id, cancellationToken))
            {
                return NotFound();
            }
            Input = InputModel.Of(ArticleContent.Of(Existing!), Existing!.Version);
        }
        Categories = await categories.AllAsync(cancellationToken);
        return Page();
    }

    public Task<IActionResult> OnPostAsync(int? id, CancellationToken cancellationToken) => SaveAsync(id, submit: false, cancellationToken);

    public Task<IActionResult> OnPostSubmitAsync(int? id, CancellationToken cancellationToken) => SaveAsync(id, submit: true, cancellationToken);

    public async Task<IActionResult> OnPostPreviewAsync(int? id, CancellationToken cancellationToken)
    {
        if (id is not null && !await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }
        Categories = await categories.AllAsync(cancellationToken);
        PreviewHtml = markdown.ToHtml(Input.BodyMarkdown ?? "");
        return Page();
    }

    private async Task<IActionResult> SaveAsync(int? id, bool submit, CancellationToken cancellationToken)
    {
        if (id is not null && !await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }
        Categories = await categories.AllAsync(cancellationToken);
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var result = await articles.SaveAsync(id, Input.ToContent(), Input.Version, submit, User.AsNewsroomUser(), cancellationToken: cancellationToken);
        switch (result)
        {
            case SaveResult.Saved saved:
                TempData["Message"] = submit ? "Đã lưu và gửi bài cho người duyệt." : "Đã lưu bài.";
                return RedirectToPage("Edit", new { id = saved.Article.Id });
            case SaveResult.Invalid invalid:
                foreach (var (field, message) in invalid.Errors)
                {
                    ModelState.AddModelError(field.Length == 0 ? "" : $"{nameof(Input)}.{field}", message);
                }
                return Page();
            case SaveResult.Conflict conflict:
                // Keep this person's text; carry the new version, so a second save overwrites knowingly.
                Conflict = conflict;
                Existing = conflict.Current;
                Input.Version = conflict.Current.Version;
                ModelState.Remove($"{nameof(Input)}.{nameof(Input.Version)}");
                ModelState.AddModelError("", "Bài đã được người khác lưu trong lúc bạn đang sửa; chưa lưu nội dung của bạn.");
                return Page();
            default:
                return NotFound();
        }
    }

    private async Task<bool> LoadAsync(int? id, CancellationToken cancellationToken)
    {
        Existing = await db.Articles.AsNoTracking().FirstOrDefaultAsync(a => a.Id == id, cancellationToken);
        return Existing is not null;
    }
}
