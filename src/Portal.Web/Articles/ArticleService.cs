using Microsoft.EntityFrameworkCore;
using Portal.Web.Data;

namespace Portal.Web.Articles;

/// <summary>What an article needs to be written: the editor's fields, before rendering and slugging.</summary>
public sealed record ArticleDraft(
    string Title,
    string Summary,
    string BodyMarkdown,
    string Author,
    int CategoryId,
    ArticleStatus Status,
    DateTime? PublishedAt);

/// <summary>Writes articles: renders the Markdown, gives a unique slug, stamps times and the version.</summary>
public sealed class ArticleService(PortalDbContext db, MarkdownRenderer markdown, TimeProvider time)
{
    /// <summary>Adds the article to the context; the caller saves, so several writes can share a transaction.</summary>
    public async Task<Article> AddAsync(ArticleDraft draft, CancellationToken cancellationToken = default)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var article = new Article
        {
            Title = draft.Title,
            Slug = await UniqueSlugAsync(SlugGenerator.FromTitle(draft.Title), cancellationToken),
            Summary = draft.Summary,
            BodyMarkdown = draft.BodyMarkdown,
            BodyHtml = markdown.ToHtml(draft.BodyMarkdown),
            Author = draft.Author,
            CategoryId = draft.CategoryId,
            Status = draft.Status,
            PublishedAt = draft.PublishedAt,
            CreatedAt = now,
            UpdatedAt = now,
            Version = Guid.NewGuid(),
        };
        db.Articles.Add(article);
        return article;
    }

    /// <summary>The slug itself when free, else the first free of slug-2, slug-3, ...</summary>
    public async Task<string> UniqueSlugAsync(string slug, CancellationToken cancellationToken = default)
    {
        if (slug.Length == 0)
        {
            slug = "bai-viet";
        }
        var prefix = slug + "-";
        var taken = (await db.Articles
                .Where(a => a.Slug == slug || a.Slug.StartsWith(prefix))
                .Select(a => a.Slug)
                .ToListAsync(cancellationToken))
            .Concat(db.Articles.Local.Select(a => a.Slug))
            .ToHashSet(StringComparer.Ordinal);
        if (!taken.Contains(slug))
        {
            return slug;
        }
        for (var n = 2; ; n++)
        {
            var suffix = $"-{n}";
            var candidate = slug[..Math.Min(slug.Length, SlugGenerator.MaxLength - suffix.Length)].TrimEnd('-') + suffix;
            if (!taken.Contains(candidate))
            {
                return candidate;
            }
        }
    }
}
