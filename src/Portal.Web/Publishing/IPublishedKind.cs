using Portal.Web.Feeds;

namespace Portal.Web.Publishing;

/// <summary>
/// A kind of content citizens read (articles now; legal documents, consultations, questions next), as the
/// cross-cutting parts ask of it: the sitemap, the site's feed, and the page cache's lifetime. Each kind
/// implements it in its own folder over its one visibility rule, and registers it with
/// <see cref="PublishingSetup.AddPublishedKind{TKind}"/>; the sitemap, the feed and the cache enumerate the kinds.
/// Addresses are paths (<c>/bai-viet/1/slug</c>); the caller makes them absolute.
/// </summary>
public interface IPublishedKind
{
    /// <summary>The kind's landing pages (for articles: the home page and each category), with their newest time.</summary>
    Task<IReadOnlyList<SitemapUrl>> SitemapSectionsAsync(CancellationToken cancellationToken);

    /// <summary>How many of its items citizens may see now: the sitemap's length.</summary>
    Task<int> SitemapCountAsync(CancellationToken cancellationToken);

    /// <summary>Its visible items in a stable order (oldest first), <paramref name="take"/> from <paramref name="skip"/>.</summary>
    Task<IReadOnlyList<SitemapUrl>> SitemapEntriesAsync(int skip, int take, CancellationToken cancellationToken);

    /// <summary>Its newest visible items, newest first, for the site's feed.</summary>
    Task<IReadOnlyList<FeedItem>> NewestAsync(int count, CancellationToken cancellationToken);

    /// <summary>When its next scheduled item becomes visible, if one is scheduled: no cached page may outlive that moment.</summary>
    Task<DateTime?> NextPublicationAsync(DateTime now, CancellationToken cancellationToken);
}
