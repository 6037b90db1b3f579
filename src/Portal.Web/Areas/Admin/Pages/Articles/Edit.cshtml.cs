using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Portal.Web.Areas.Admin.Pages.Forms;
using Portal.Web.Areas.Admin.Pages.Media;
using Portal.Web.Articles;
using Portal.Web.Articles.Attachments;
using Portal.Web.Categories;
using Portal.Web.Editing;
using Portal.Web.Hosting;
using Portal.Web.LegalDocuments;
using Portal.Web.Media;

namespace Portal.Web.Areas.Admin.Pages.Articles;

/// <summary>
/// Writes and edits an article: save a draft, submit it for approval, or preview it (no JavaScript needed).
/// Whatever goes wrong, the form comes back with everything that was typed.
/// </summary>
[KeepTheFormDuringAnOutage]
[RequestSizeLimit(FormBytes)]
[RequestFormLimits(MultipartBodyLengthLimit = FormBytes, ValueLengthLimit = RequestBodyLimits.PhotoFormBytes)]
public sealed partial class EditModel(ArticleService articles, NewsroomArticles newsroom, CategoryService categories, ArticleBody body, PhotoLibrary photos,
    ArticleAttachments attachments, ArticleProposals proposals, ArticleAutosaves autosaves, TimeProvider time) : PageModel
{
    /// <summary>A photo and an attachment of the largest sizes in one form.</summary>
    public const long FormBytes = RequestBodyLimits.PhotoFormBytes + LegalDocumentFile.MaxLength + 1024 * 1024;

    /// <summary>How many of the library's newest photos (or of a search's) the editor offers.</summary>
    public const int PhotoChoiceCount = 12;

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

        // Generous: the tags' own count and length are checked with messages of their own (TagList).
        [StringLength(10_000, ErrorMessage = "Ô Thẻ quá dài.")]
        [Display(Name = "Thẻ")]
        public string? Tags { get; set; }

        /// <summary>The files listed under the body, in order: the article's and those uploaded with this form.</summary>
        public List<int> AttachmentIds { get; set; } = [];

        /// <summary>The files ticked "Gỡ": they leave the list, and the article when it is saved.</summary>
        public List<int> DetachIds { get; set; } = [];

        [StringLength(Article.BodyMaxLength, ErrorMessage = "Nội dung quá dài: tối đa 500.000 ký tự.")]
        [Display(Name = "Nội dung (Markdown)")]
        public string? BodyMarkdown { get; set; }

        [Display(Name = "Chọn ảnh bìa từ thư viện")]
        public int? CoverPhotoId { get; set; }

        /// <summary>A photo uploaded with the article, which becomes its cover.</summary>
        public PhotoUploadInput NewPhoto { get; set; } = new();

        public Guid? Version { get; set; }

        public static InputModel Of(ArticleContent content, Guid version) => new()
        {
            CoverPhotoId = content.CoverPhotoId,
            Title = content.Title,
            Slug = content.Slug,
            CategoryId = content.CategoryId,
            Summary = content.Summary,
            Author = content.Author,
            BodyMarkdown = content.BodyMarkdown,
            Tags = content.Tags,
            Version = version,
        };

        /// <summary>An autosave's fields; its base version, so a restore saved over someone else's save is a conflict.</summary>
        public static InputModel Of(ArticleAutosave autosave, Guid? currentVersion) => new()
        {
            CoverPhotoId = autosave.CoverPhotoId,
            Title = autosave.Title,
            Slug = autosave.Slug,
            CategoryId = autosave.CategoryId,
            Summary = autosave.Summary,
            Author = autosave.Author,
            BodyMarkdown = autosave.BodyMarkdown,
            Version = autosave.BaseVersion ?? currentVersion,
        };

        public AutosaveFields ToAutosave() => new(Title, Slug, CategoryId, Summary, Author, BodyMarkdown, CoverPhotoId, Version);

        public ArticleContent ToContent() =>
            new(Title.Trim(), Slug ?? "", CategoryId ?? 0, Summary ?? "", Author ?? "", BodyMarkdown ?? "")
            {
                CoverPhotoId = CoverPhotoId,
                Tags = Tags ?? "",
                AttachmentIds = AttachmentIds,
            };
    }

    [BindProperty]
    public InputModel Input { get; set; } = new();

    /// <summary>The words searched for among the library's photos (captions, alternative texts).</summary>
    [BindProperty]
    public string? PhotoQuery { get; set; }

    public Article? Existing { get; private set; }
    public IReadOnlyList<Category> Categories { get; private set; } = [];
    public string? PreviewHtml { get; private set; }
    public SaveResult<Article>.Conflict? Conflict { get; private set; }
    public DateTime Now => time.GetUtcNow().UtcDateTime;

    /// <summary>The chosen cover, shown beside its choice.</summary>
    public Photo? Cover { get; private set; }

    /// <summary>The library's photos the editor offers as cover and for the body: the newest, or those searched for.</summary>
    public IReadOnlyList<Photo> PhotoChoices { get; private set; } = [];

    /// <summary>The photo just uploaded with this form, kept in the library even when the article could not be saved.</summary>
    public Photo? Uploaded { get; private set; }

    /// <summary><paramref name="restore"/>: fill the form with this user's autosave, which stays unsaved until Save.</summary>
    public async Task<IActionResult> OnGetAsync(int? id, bool restore, CancellationToken cancellationToken)
    {
        if (id is not null)
        {
            if (!await LoadAsync(id, cancellationToken))
            {
                return NotFound();
            }
            Input = Proposal is { } proposal ? InputModel.Of(proposal.Content, proposal.Version) : InputModel.Of(ArticleContent.Of(Existing!), Existing!.Version);
            ShowsReadOnly = InProposalMode && Proposal is null;
            Attachments = await attachments.OfArticleAsync(Existing!.Id, cancellationToken);
            Input.AttachmentIds = Attachments.Select(a => a.Id).ToList();
        }
        PendingAutosave = await autosaves.PendingAsync(UserId, Existing, cancellationToken);
        if (restore && PendingAutosave is { } pending)
        {
            // An autosave keeps the text; the tags and files stay the article's, so a restore saved never drops them.
            var (tags, attachmentIds) = (Input.Tags, Input.AttachmentIds);
            Input = InputModel.Of(pending, Existing?.Version);
            (Input.Tags, Input.AttachmentIds) = (tags, attachmentIds);
            Restored = true;
        }
        await LoadChoicesAsync(cancellationToken);
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
        await UploadNewPhotoAsync(cancellationToken);
        await TakeAttachmentsAsync(cancellationToken);
        await LoadChoicesAsync(cancellationToken);
        var rendered = await body.RenderAsync(Input.BodyMarkdown ?? "", cancellationToken);
        if (rendered.Error is not null)
        {
            ModelState.AddModelError($"{nameof(Input)}.{nameof(Input.BodyMarkdown)}", rendered.Error);
        }
        // Markdown that cannot be rendered at all shows no preview, only the message beside the text.
        PreviewHtml = rendered.Error is not null && rendered.Html.Length == 0 ? null : rendered.Html;
        return Page();
    }

    /// <summary>Searches the library's photos, keeping everything typed in the form (no JavaScript needed).</summary>
    public async Task<IActionResult> OnPostPhotosAsync(int? id, CancellationToken cancellationToken)
    {
        if (id is not null && !await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }
        await UploadNewPhotoAsync(cancellationToken);
        await TakeAttachmentsAsync(cancellationToken);
        await LoadChoicesAsync(cancellationToken);
        return Page();
    }

    private async Task<IActionResult> SaveAsync(int? id, bool submit, CancellationToken cancellationToken)
    {
        if (id is not null && !await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }
        RefuseAPublishedArticlesSaveWithoutAProposal();
        var uploadRefused = !await UploadNewPhotoAsync(cancellationToken) | !await TakeAttachmentsAsync(cancellationToken);
        await LoadChoicesAsync(cancellationToken);
        if (uploadRefused || !ModelState.IsValid)
        {
            return Page();
        }

        if (InProposalMode)
        {
            return await SaveProposalAsync(id!.Value, submit, cancellationToken);
        }
        var result = await articles.SaveAsync(id, Input.ToContent(), Input.Version, submit, User.AsNewsroomUser(), cancellationToken: cancellationToken);
        switch (result)
        {
            case SaveResult<Article>.Saved saved:
                await autosaves.DiscardAsync(UserId, id, cancellationToken);
                TempData["Message"] = (submit ? "Đã lưu và gửi bài cho người duyệt." : "Đã lưu bài.")
                    + (Uploaded is null ? "" : $" Ảnh vừa tải lên là ảnh số {Uploaded.Id} trong thư viện.");
                return RedirectToPage("Edit", new { id = saved.Value.Id });
            case SaveResult<Article>.Invalid invalid:
                ModelState.AddErrors(invalid.Errors, nameof(Input));
                return Page();
            case SaveResult<Article>.Conflict conflict:
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

    /// <summary>
    /// Stores the photo uploaded with the form, if any, and makes it the cover: it stays in the library whatever
    /// becomes of the article, and the form comes back with it chosen. False when the photo was refused.
    /// </summary>
    private async Task<bool> UploadNewPhotoAsync(CancellationToken cancellationToken)
    {
        if (!Input.NewPhoto.IsFilled)
        {
            return true;
        }
        const string prefix = $"{nameof(Input)}.{nameof(Input.NewPhoto)}";
        var photo = await photos.UploadAsync(Input.NewPhoto, prefix, ModelState, User.Identity?.Name ?? "", cancellationToken);
        if (photo is null)
        {
            return false;
        }
        Uploaded = photo;
        Input.CoverPhotoId = photo.Id;
        Input.NewPhoto = new PhotoUploadInput();
        foreach (var key in ModelState.Keys.Where(k => k.StartsWith(prefix, StringComparison.Ordinal) || k == $"{nameof(Input)}.{nameof(Input.CoverPhotoId)}").ToList())
        {
            ModelState.Remove(key);
        }
        return true;
    }

    private async Task LoadChoicesAsync(CancellationToken cancellationToken)
    {
        Categories = await categories.AllAsync(cancellationToken);
        var query = PhotoQuery?.Trim() is { Length: > 0 } q ? q[..Math.Min(q.Length, 200)] : null;
        var choices = (await photos.SearchAsync(query, 1, PhotoChoiceCount)).Items.Select(i => i.Photo).ToList();
        Cover = Input.CoverPhotoId is { } coverId ? choices.FirstOrDefault(p => p.Id == coverId) ?? await photos.FindAsync(coverId) : null;
        if (Cover is not null && !choices.Any(p => p.Id == Cover.Id))
        {
            choices.Insert(0, Cover);
        }
        PhotoChoices = choices;
    }

    private async Task<bool> LoadAsync(int? id, CancellationToken cancellationToken)
    {
        Existing = id is { } articleId ? await newsroom.FindAsync(articleId, cancellationToken) : null;
        Proposal = InProposalMode ? await proposals.OpenAsync(Existing!.Id, cancellationToken) : null;
        return Existing is not null;
    }
}
