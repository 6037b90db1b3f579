using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Portal.Web.Caching;
using Portal.Web.Publishing;

namespace Portal.Web.Consultations;

/// <summary>
/// The cached pages a consultation's change shows on. A draft's changes show nowhere; a published (or scheduled)
/// consultation's show on its page, the list, and the newest lists (the site's feed, the sitemap), before and after
/// the change. Its files and sections show on its page; a comment shows on its page and in the list's counts only
/// while it is, or was, published: a comment sent, confirmed or rejected evicts nothing.
/// </summary>
public sealed class ConsultationCacheTags : ICacheTagSource
{
    /// <summary>The list of consultations: what any visible consultation's change, and any published comment, shows on.</summary>
    public const string List = "consultations";

    /// <summary>A consultation's page.</summary>
    public static string Page(int id) => $"consultation:{id.ToString(CultureInfo.InvariantCulture)}";

    public IEnumerable<string> TagsOf(EntityEntry entry) => entry.Entity switch
    {
        Consultation => ConsultationTags(entry),
        ConsultationFile => [Page(Value(entry, nameof(ConsultationFile.ConsultationId)))],
        ConsultationSection => [Page(Value(entry, nameof(ConsultationSection.ConsultationId)))],
        ConsultationComment => CommentTags(entry),
        _ => [],
    };

    private static IEnumerable<string> ConsultationTags(EntityEntry entry)
    {
        var status = entry.Property(nameof(Consultation.Status));
        var wasPublic = entry.State != EntityState.Added && (PublicationStatus)status.OriginalValue! == PublicationStatus.Published;
        var isPublic = entry.State != EntityState.Deleted && (PublicationStatus)status.CurrentValue! == PublicationStatus.Published;
        if (!wasPublic && !isPublic)
        {
            yield break;
        }
        yield return PageCacheTags.Listings;
        yield return List;
        if (entry.State != EntityState.Added)
        {
            yield return Page(Value(entry, nameof(Consultation.Id)));
        }
    }

    private static IEnumerable<string> CommentTags(EntityEntry entry)
    {
        var state = entry.Property(nameof(ConsultationComment.State));
        var wasPublished = entry.State != EntityState.Added && (CommentState)state.OriginalValue! == CommentState.Published;
        var isPublished = entry.State != EntityState.Deleted && (CommentState)state.CurrentValue! == CommentState.Published;
        if (wasPublished || isPublished)
        {
            yield return List;
            yield return Page(Value(entry, nameof(ConsultationComment.ConsultationId)));
        }
    }

    private static int Value(EntityEntry entry, string property) => (int)entry.Property(property).CurrentValue!;
}
