using System.Linq.Expressions;
using Portal.Web.Publishing;

namespace Portal.Web.Questions;

/// <summary>
/// The one rule of which questions citizens may see: the answer is published and its time has come, the asker
/// agreed to publish it, and the newsroom did not set it aside. Every public query of questions (list, page,
/// feeds, sitemap, search) filters by it.
/// </summary>
public static class QuestionVisibility
{
    public static Expression<Func<Question, bool>> VisibleAt(DateTime now) =>
        q => q.Status == PublicationStatus.Published && q.PublishedAt <= now && q.PublishConsent && q.DismissedAt == null;

    public static Expression<Func<Question, bool>> ScheduledAfter(DateTime now) =>
        q => q.Status == PublicationStatus.Published && q.PublishedAt > now && q.PublishConsent && q.DismissedAt == null;
}
