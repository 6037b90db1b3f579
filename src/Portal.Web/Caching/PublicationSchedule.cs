using Microsoft.EntityFrameworkCore;
using Portal.Web.Articles;
using Portal.Web.Data;

namespace Portal.Web.Caching;

/// <summary>
/// When the next scheduled article goes public. A page rendered now must not be cached past that moment, or
/// the article would appear late on the home and category pages. Asked only when a page is rendered, never
/// when one is served from the cache; the index on (Status, PublishedAt) makes it one seek.
/// </summary>
public sealed class PublicationSchedule(PortalDbContext db, TimeProvider time)
{
    /// <summary>How long a page rendered now may be cached: at most <paramref name="maxAge"/>, and not past the next publication.</summary>
    public async Task<TimeSpan> TimeToLiveAsync(TimeSpan maxAge, CancellationToken cancellationToken = default)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var next = await db.Articles.AsNoTracking()
            .Where(a => a.Status == ArticleStatus.Published && a.PublishedAt > now)
            .MinAsync(a => a.PublishedAt, cancellationToken);
        return next is { } at && at - now < maxAge ? at - now : maxAge;
    }
}
