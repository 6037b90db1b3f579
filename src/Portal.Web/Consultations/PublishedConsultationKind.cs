using Portal.Web.Feeds;
using Portal.Web.Publishing;

namespace Portal.Web.Consultations;

/// <summary>Consultations as the sitemap, the site's feed and the page cache's schedule ask of a kind of content.</summary>
public sealed class PublishedConsultationKind(PublishedConsultations consultations) : IPublishedKind
{
    /// <summary>The list, as new as its newest visible consultation; none while there is none.</summary>
    public async Task<IReadOnlyList<SitemapUrl>> SitemapSectionsAsync(CancellationToken cancellationToken) =>
        await consultations.LatestPublicationAsync(cancellationToken) is { } latest ? [new SitemapUrl(PublicUrls.ConsultationsRoute, latest)] : [];

    public Task<int> SitemapCountAsync(CancellationToken cancellationToken) => consultations.CountAsync(cancellationToken);

    public async Task<IReadOnlyList<SitemapUrl>> SitemapEntriesAsync(int skip, int take, CancellationToken cancellationToken) =>
        (await consultations.SitemapEntriesAsync(skip, take, cancellationToken))
            .Select(e => new SitemapUrl(PublicUrls.ConsultationPath(e.Id, e.Slug), e.LastModified)).ToList();

    public async Task<IReadOnlyList<FeedItem>> NewestAsync(int count, CancellationToken cancellationToken) =>
        (await consultations.NewestAsync(count, cancellationToken))
            .Select(c => new FeedItem(c.Title, PublicUrls.ConsultationPath(c.Id, c.Slug), c.PublishedAt, "Góp ý dự thảo",
                $"{c.IssuerName} lấy ý kiến từ {Localization.VietnamTime.FormatDate(c.OpensAt)} đến {Localization.VietnamTime.FormatDate(c.ClosesAt.AddTicks(-1))}."))
            .ToList();

    /// <summary>
    /// Not only the next publication: a consultation opening or closing changes its page and the list too (the form
    /// comes or goes, the badge changes), so no cached page outlives that instant either.
    /// </summary>
    public Task<DateTime?> NextPublicationAsync(DateTime now, CancellationToken cancellationToken) =>
        consultations.NextChangeAsync(now, cancellationToken);
}
