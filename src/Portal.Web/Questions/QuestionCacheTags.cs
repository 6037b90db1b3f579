using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Portal.Web.Caching;
using Portal.Web.Publishing;

namespace Portal.Web.Questions;

/// <summary>
/// The cached pages a question's change shows on. An unanswered question shows nowhere; a published answer shows on
/// its page, the questions' list, and the newest lists (the site's feed, the sitemap), before and after the change.
/// </summary>
public sealed class QuestionCacheTags : ICacheTagSource
{
    /// <summary>The questions' list (every page of it, filtered or not).</summary>
    public const string List = "questions";

    /// <summary>A question's page.</summary>
    public static string Page(int id) => $"question:{id.ToString(CultureInfo.InvariantCulture)}";

    public IEnumerable<string> TagsOf(EntityEntry entry) => entry.Entity is Question ? QuestionTags(entry) : [];

    private static IEnumerable<string> QuestionTags(EntityEntry entry)
    {
        var status = entry.Property(nameof(Question.Status));
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
            yield return Page((int)entry.Property(nameof(Question.Id)).CurrentValue!);
        }
    }
}
