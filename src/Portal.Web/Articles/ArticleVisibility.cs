using System.Linq.Expressions;
using Portal.Web.Publishing;

namespace Portal.Web.Articles;

/// <summary>
/// The one rule of what citizens may read: a published article whose publication time has come. Scheduling needs
/// no job: an article is invisible until <see cref="Article.PublishedAt"/> and visible from then on. Every query
/// of public articles (lists, pages, sitemap, feeds, search) filters by <see cref="VisibleAt"/>; the database
/// translates it, so <c>Status</c> is compared with the enum's value, never a number written by hand.
/// </summary>
public static class ArticleVisibility
{
    /// <summary>Visible to citizens at <paramref name="now"/> (UTC).</summary>
    public static Expression<Func<Article, bool>> VisibleAt(DateTime now) =>
        a => a.Status == PublicationStatus.Published && a.PublishedAt <= now;

    /// <summary>Published with a time still to come: visible later without anyone acting.</summary>
    public static Expression<Func<Article, bool>> ScheduledAfter(DateTime now) =>
        a => a.Status == PublicationStatus.Published && a.PublishedAt > now;
}
