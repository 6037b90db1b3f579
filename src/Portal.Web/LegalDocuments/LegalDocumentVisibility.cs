using System.Linq.Expressions;
using Portal.Web.Publishing;

namespace Portal.Web.LegalDocuments;

/// <summary>
/// The one rule of which documents citizens may see: published, and its publication time has come. Every public
/// query of documents (list, page, files, open data, feeds, sitemap, search) filters by it.
/// </summary>
public static class LegalDocumentVisibility
{
    public static Expression<Func<LegalDocument, bool>> VisibleAt(DateTime now) =>
        d => d.Status == PublicationStatus.Published && d.PublishedAt <= now;

    public static Expression<Func<LegalDocument, bool>> ScheduledAfter(DateTime now) =>
        d => d.Status == PublicationStatus.Published && d.PublishedAt > now;
}
