using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Portal.Web.Caching;
using Portal.Web.Publishing;

namespace Portal.Web.Articles;

/// <summary>
/// The cached pages an article's change shows on. A draft's changes show nowhere; a published (or scheduled)
/// article's show on its pages, its category's pages and the newest lists (the home page, the feed, the
/// sitemap), before and after the change.
/// </summary>
public sealed class ArticleCacheTags : ICacheTagSource
{
    public IEnumerable<string> TagsOf(EntityEntry entry)
    {
        if (entry.Entity is not Article)
        {
            yield break;
        }
        var status = entry.Property(nameof(Article.Status));
        var category = entry.Property(nameof(Article.CategoryId));
        var wasPublic = entry.State != EntityState.Added && (PublicationStatus)status.OriginalValue! == PublicationStatus.Published;
        var isPublic = entry.State != EntityState.Deleted && (PublicationStatus)status.CurrentValue! == PublicationStatus.Published;
        if (!wasPublic && !isPublic)
        {
            yield break;
        }
        yield return PageCacheTags.Listings;
        if (entry.State != EntityState.Added)
        {
            yield return PageCacheTags.Article((int)entry.Property(nameof(Article.Id)).CurrentValue!);
        }
        if (wasPublic)
        {
            yield return PageCacheTags.Category((int)category.OriginalValue!);
        }
        if (isPublic)
        {
            yield return PageCacheTags.Category((int)category.CurrentValue!);
        }
    }
}
