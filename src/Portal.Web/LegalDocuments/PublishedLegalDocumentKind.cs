using Microsoft.EntityFrameworkCore;
using Portal.Web.Data;
using Portal.Web.Feeds;
using Portal.Web.Publishing;

namespace Portal.Web.LegalDocuments;

/// <summary>Legal documents as the sitemap, the site's feed and the page cache's schedule ask of a kind of content.</summary>
public sealed class PublishedLegalDocumentKind(PublishedLegalDocuments documents, PortalDbContext db) : IPublishedKind
{
    /// <summary>The document list, as new as its newest visible document; none while the library is empty.</summary>
    public async Task<IReadOnlyList<SitemapUrl>> SitemapSectionsAsync(CancellationToken cancellationToken) =>
        await documents.LatestPublicationAsync(cancellationToken) is { } latest ? [new SitemapUrl(PublicUrls.LegalDocumentsRoute, latest)] : [];

    public Task<int> SitemapCountAsync(CancellationToken cancellationToken) => documents.CountAsync(cancellationToken);

    public async Task<IReadOnlyList<SitemapUrl>> SitemapEntriesAsync(int skip, int take, CancellationToken cancellationToken) =>
        (await documents.SitemapEntriesAsync(skip, take, cancellationToken))
            .Select(e => new SitemapUrl(PublicUrls.LegalDocumentPath(e.Id, e.Slug), e.LastModified)).ToList();

    public async Task<IReadOnlyList<FeedItem>> NewestAsync(int count, CancellationToken cancellationToken) =>
        FeedItems(await documents.NewestAsync(count, cancellationToken: cancellationToken));

    public Task<DateTime?> NextPublicationAsync(DateTime now, CancellationToken cancellationToken) =>
        db.LegalDocuments.AsNoTracking().Where(LegalDocumentVisibility.ScheduledAfter(now)).MinAsync(d => d.PublishedAt, cancellationToken);

    /// <summary>Documents as feed items: "Quyết định 15/2024/QĐ-UBND" as the title, the abstract as the summary.</summary>
    public static IReadOnlyList<FeedItem> FeedItems(IEnumerable<LegalDocumentListItem> items) =>
        items.Select(i => new FeedItem($"{i.TypeName} {i.Number}", PublicUrls.LegalDocumentPath(i.Id, i.Slug), i.PublishedAt, i.IssuerName, i.Abstract))
            .ToList();
}
