using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Portal.Web.Caching;
using Portal.Web.Publishing;

namespace Portal.Web.Agencies;

/// <summary>
/// The cached pages a change of the directory shows on: every page of the directory (the tree lists every agency,
/// an agency's page its parent and units), and the sitemap when an agency comes, goes or changes its address.
/// </summary>
public sealed class DirectoryCacheTags : ICacheTagSource
{
    /// <summary>The tree, every agency's page and every vCard, in both languages.</summary>
    public const string Directory = "directory";

    public IEnumerable<string> TagsOf(EntityEntry entry) => entry.Entity switch
    {
        Agency when entry.State is EntityState.Added or EntityState.Deleted || entry.Property(nameof(Agency.Slug)).IsModified =>
            [Directory, PageCacheTags.Listings],
        Agency or Official => [Directory],
        _ => [],
    };
}

/// <summary>The directory in the sitemap: the tree and every agency's page, in both languages. It has no feed.</summary>
public sealed class DirectoryKind(DirectoryService directory) : IPublishedKind
{
    public async Task<IReadOnlyList<Feeds.SitemapUrl>> SitemapSectionsAsync(CancellationToken cancellationToken)
    {
        var agencies = await directory.AllAsync(cancellationToken);
        var latest = agencies.Count > 0 ? agencies.Max(a => a.UpdatedAt) : (DateTime?)null;
        return [new(Feeds.PublicUrls.DirectoryRoute, latest), new(Feeds.PublicUrls.DirectoryEnglishRoute, latest)];
    }

    public async Task<int> SitemapCountAsync(CancellationToken cancellationToken) =>
        2 * (await directory.AllAsync(cancellationToken)).Count;

    public async Task<IReadOnlyList<Feeds.SitemapUrl>> SitemapEntriesAsync(int skip, int take, CancellationToken cancellationToken) =>
        (await directory.AllAsync(cancellationToken)).OrderBy(a => a.Id)
            .SelectMany(a => new Feeds.SitemapUrl[] { new(Feeds.PublicUrls.AgencyPath(a.Slug), a.UpdatedAt), new(Feeds.PublicUrls.AgencyPath(a.Slug, english: true), a.UpdatedAt) })
            .Skip(skip).Take(take).ToList();

    public Task<IReadOnlyList<Feeds.FeedItem>> NewestAsync(int count, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<Feeds.FeedItem>>([]);

    public Task<DateTime?> NextPublicationAsync(DateTime now, CancellationToken cancellationToken) => Task.FromResult<DateTime?>(null);
}
