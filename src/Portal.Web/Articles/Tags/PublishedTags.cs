using Microsoft.EntityFrameworkCore;
using Portal.Web.Data;

namespace Portal.Web.Articles.Tags;

/// <summary>The tags citizens see: an article's, and a tag by its page's address.</summary>
public sealed class PublishedTags(PortalDbContext db)
{
    public Task<Tag?> FindAsync(string slug, CancellationToken ct) =>
        db.Tags.AsNoTracking().FirstOrDefaultAsync(t => t.Slug == slug, ct);

    /// <summary>The article's tags in the order its editor typed them.</summary>
    public async Task<List<Tag>> OfArticleAsync(Article article, CancellationToken ct)
    {
        var tags = await db.Tags.AsNoTracking().Where(t => db.ArticleTags.Any(a => a.ArticleId == article.Id && a.TagId == t.Id)).ToListAsync(ct);
        var order = (TagList.Parse(article.Tags, out _) ?? []).Select(TagList.Key).ToList();
        return tags.OrderBy(t => order.IndexOf(t.NameKey) is var i and >= 0 ? i : int.MaxValue).ThenBy(t => t.Name, StringComparer.Ordinal).ToList();
    }
}
