using Microsoft.EntityFrameworkCore;
using Portal.Web.Data;
using Portal.Web.Feeds;
using Portal.Web.Publishing;

namespace Portal.Web.Schedule;

/// <summary>
/// The schedule as the sitemap and the page cache's schedule ask of a kind: its week page in the sitemap, none of
/// its entries in the site's feed (they have calendar feeds), and the end of the current week in Vietnam time as
/// a moment no cached page outlives, so "this week" is never last week's.
/// </summary>
public sealed class PublishedScheduleKind(PortalDbContext db, TimeProvider time) : IPublishedKind
{
    public async Task<IReadOnlyList<SitemapUrl>> SitemapSectionsAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var latest = await db.ScheduleEntries.AsNoTracking().Where(ScheduleVisibility.VisibleAt(now)).MaxAsync(e => (DateTime?)e.UpdatedAt, cancellationToken);
        return latest is null ? [] : [new SitemapUrl(PublicUrls.ScheduleRoute, latest)];
    }

    public Task<int> SitemapCountAsync(CancellationToken cancellationToken) => Task.FromResult(0);

    public Task<IReadOnlyList<SitemapUrl>> SitemapEntriesAsync(int skip, int take, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<SitemapUrl>>([]);

    public Task<IReadOnlyList<FeedItem>> NewestAsync(int count, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<FeedItem>>([]);

    public async Task<DateTime?> NextPublicationAsync(DateTime now, CancellationToken cancellationToken)
    {
        var weekEnds = ScheduleWeek.Of(now).EndUtc;
        var scheduled = await db.ScheduleEntries.AsNoTracking().Where(ScheduleVisibility.ScheduledAfter(now)).MinAsync(e => e.PublishedAt, cancellationToken);
        return scheduled is { } at && at < weekEnds ? at : weekEnds;
    }
}
