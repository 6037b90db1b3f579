using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Portal.Web.Caching;
using Portal.Web.Publishing;

namespace Portal.Web.LegalDocuments;

/// <summary>
/// The cached pages a legal document's change shows on. A draft's changes show nowhere; a published (or scheduled)
/// document's show on its pages, the document list and feeds, and the newest lists (the site's feed, the sitemap),
/// before and after the change. A file shows on its document's pages; a relation on the pages of both its ends.
/// </summary>
public sealed class LegalDocumentCacheTags : ICacheTagSource
{
    public IEnumerable<string> TagsOf(EntityEntry entry) => entry.Entity switch
    {
        LegalDocument => DocumentTags(entry),
        LegalDocumentFile => [PageCacheTags.LegalDocument(Value(entry, nameof(LegalDocumentFile.DocumentId)))],
        LegalDocumentRelation =>
        [
            PageCacheTags.LegalDocument(Value(entry, nameof(LegalDocumentRelation.DocumentId))),
            PageCacheTags.LegalDocument(Value(entry, nameof(LegalDocumentRelation.TargetId))),
        ],
        _ => [],
    };

    private static IEnumerable<string> DocumentTags(EntityEntry entry)
    {
        var status = entry.Property(nameof(LegalDocument.Status));
        var wasPublic = entry.State != EntityState.Added && (PublicationStatus)status.OriginalValue! == PublicationStatus.Published;
        var isPublic = entry.State != EntityState.Deleted && (PublicationStatus)status.CurrentValue! == PublicationStatus.Published;
        if (!wasPublic && !isPublic)
        {
            yield break;
        }
        yield return PageCacheTags.Listings;
        yield return PageCacheTags.LegalDocuments;
        if (entry.State != EntityState.Added)
        {
            yield return PageCacheTags.LegalDocument(Value(entry, nameof(LegalDocument.Id)));
        }
    }

    private static int Value(EntityEntry entry, string property) => (int)entry.Property(property).CurrentValue!;
}
