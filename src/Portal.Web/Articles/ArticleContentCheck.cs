using Microsoft.EntityFrameworkCore;

namespace Portal.Web.Articles;

/// <summary>The checks of an editor's content, shared by a save of the article and a save of a proposed change to it.</summary>
public sealed partial class ArticleService
{
    /// <summary>
    /// What is wrong with the content as an article's (<paramref name="articleId"/>'s, or a new one's), keyed by field;
    /// the slug it would take (made from the title when left empty) and its body rendered.
    /// </summary>
    internal async Task<(Dictionary<string, string> Errors, string Slug, RenderedBody Rendered)> CheckAsync(ArticleContent content, int? articleId, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string>();
        var slug = content.Slug.Trim();
        if (slug.Length == 0)
        {
            slug = await UniqueSlugAsync(SlugGenerator.FromTitle(content.Title), articleId, cancellationToken);
        }
        else if (!SlugGenerator.IsValid(slug))
        {
            errors[nameof(content.Slug)] = "Đường dẫn chỉ gồm chữ thường không dấu (a-z), chữ số và dấu gạch ngang giữa các từ, tối đa 120 ký tự.";
        }
        else if (await db.Articles.AnyAsync(a => a.Slug == slug && a.Id != (articleId ?? 0), cancellationToken))
        {
            errors[nameof(content.Slug)] = $"Đường dẫn \"{slug}\" đã được bài khác dùng; xin chọn đường dẫn khác.";
        }
        if (!await db.Categories.AnyAsync(c => c.Id == content.CategoryId, cancellationToken))
        {
            errors[nameof(content.CategoryId)] = "Chuyên mục đã chọn không tồn tại.";
        }
        if (content.CoverPhotoId is { } coverId && !await db.Photos.AnyAsync(p => p.Id == coverId, cancellationToken))
        {
            errors[nameof(content.CoverPhotoId)] = $"Thư viện không còn ảnh số {coverId}; xin chọn ảnh bìa khác.";
        }
        var rendered = await body.RenderAsync(content.BodyMarkdown, cancellationToken);
        if (rendered.Error is not null)
        {
            errors[nameof(content.BodyMarkdown)] = rendered.Error;
        }
        return (errors, slug, rendered);
    }
}
