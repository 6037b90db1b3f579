using Microsoft.EntityFrameworkCore;
using Portal.Web.Data;
using Portal.Web.Feeds;
using Portal.Web.Publishing;

namespace Portal.Web.Questions;

/// <summary>Answered questions as the sitemap, the site's feed and the page cache's schedule ask of a kind of content.</summary>
public sealed class PublishedQuestionKind(PublishedQuestions questions, PortalDbContext db) : IPublishedKind
{
    /// <summary>The questions' list, as new as its newest answer; none while no answer is published.</summary>
    public async Task<IReadOnlyList<SitemapUrl>> SitemapSectionsAsync(CancellationToken cancellationToken) =>
        await questions.LatestPublicationAsync(cancellationToken) is { } latest ? [new SitemapUrl(PublicUrls.QuestionsRoute, latest)] : [];

    public Task<int> SitemapCountAsync(CancellationToken cancellationToken) => questions.CountAsync(cancellationToken);

    public async Task<IReadOnlyList<SitemapUrl>> SitemapEntriesAsync(int skip, int take, CancellationToken cancellationToken) =>
        (await questions.SitemapEntriesAsync(skip, take, cancellationToken))
            .Select(e => new SitemapUrl(PublicUrls.QuestionPath(e.Id, e.Slug), e.LastModified)).ToList();

    public async Task<IReadOnlyList<FeedItem>> NewestAsync(int count, CancellationToken cancellationToken) =>
        (await questions.NewestAsync(count, cancellationToken))
            .Select(q => new FeedItem(q.Title, PublicUrls.QuestionPath(q.Id, q.Slug), q.PublishedAt, "Hỏi đáp", q.Body.Length > 300 ? q.Body[..300] + "…" : q.Body))
            .ToList();

    public Task<DateTime?> NextPublicationAsync(DateTime now, CancellationToken cancellationToken) =>
        db.Questions.AsNoTracking().Where(QuestionVisibility.ScheduledAfter(now)).MinAsync(q => q.PublishedAt, cancellationToken);
}
