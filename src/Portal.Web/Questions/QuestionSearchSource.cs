using Microsoft.EntityFrameworkCore;
using Portal.Web.Data;
using Portal.Web.Feeds;
using Portal.Web.Publishing;
using Portal.Web.Search;

namespace Portal.Web.Questions;

/// <summary>
/// Questions as search sees them: the question in a line is the title; the question's text, the answer, the field
/// and the answering agency are the body. Never the asker's name or address.
/// </summary>
public sealed class QuestionSearchSource(PortalDbContext db) : ISearchSource
{
    public const string Name = "question";

    /// <summary>Questions are kind 3: a question's search id is 3 × 2^32 + its id.</summary>
    public const int KindNumber = 3;

    /// <summary>The index the FTS5 engine walks for the newest visible questions (ParticipationConfiguration's first).</summary>
    public const string NewestIndex = "IX_Questions_Status_PublishedAt_Id";

    public string Kind => Name;

    public int Number => KindNumber;

    /// <summary>The search document of <paramref name="question"/>, whose <see cref="Question.Field"/> and <see cref="Question.Agency"/> are loaded.</summary>
    public static SearchDocumentText Document(Question question) => SearchDocumentText.Of(
        question.Title, string.Join(' ', question.Body, question.Answer, question.Field?.Name ?? "", question.Agency?.Name ?? ""));

    /// <summary>Brings the question's search document in step with its text, as part of the context's next save.</summary>
    public static Task IndexAsync(ISearch search, Question question, CancellationToken cancellationToken) =>
        search.IndexAsync(Name, () => question.Id, Document(question), cancellationToken);

    public IQueryable<SearchItem> Visible(DateTime now) =>
        db.Questions.AsNoTracking().Where(QuestionVisibility.VisibleAt(now))
            .Select(q => new SearchItem { Id = q.Id, PublishedAt = q.PublishedAt!.Value });

    // QuestionVisibility.VisibleAt in SQL, as LegalDocumentSearchSource writes the documents' rule.
    public SearchSql Sql { get; } = new(
        "Questions", "Id", "PublishedAt", NewestIndex,
        "i.\"Status\" = @question_published AND i.\"PublishedAt\" <= @now AND i.\"PublishConsent\" AND i.\"DismissedAt\" IS NULL",
        "(i.\"Status\" < @question_published OR i.\"Status\" > @question_published OR (i.\"Status\" = @question_published AND i.\"PublishedAt\" IS NULL) " +
        "OR (i.\"Status\" = @question_published AND i.\"PublishedAt\" > @now) " +
        "OR (i.\"Status\" = @question_published AND (NOT i.\"PublishConsent\" OR i.\"DismissedAt\" IS NOT NULL)))",
        new Dictionary<string, object> { ["@question_published"] = (int)PublicationStatus.Published });

    public IQueryable<int> Ids() => db.Questions.Select(q => q.Id);

    public async Task<Dictionary<int, SearchDocumentText>> DocumentsAsync(IReadOnlyCollection<int> ids, CancellationToken cancellationToken) =>
        (await db.Questions.AsNoTracking().Where(q => ids.Contains(q.Id)).Include(q => q.Field).Include(q => q.Agency)
            .ToListAsync(cancellationToken)).ToDictionary(q => q.Id, Document);

    public async Task<Dictionary<int, SearchHit>> HitsAsync(IReadOnlyCollection<int> ids, SearchQuery query, CancellationToken cancellationToken)
    {
        var questions = await db.Questions.AsNoTracking().Where(q => ids.Contains(q.Id))
            .Select(q => new { q.Id, q.Title, q.Slug, q.Body, q.Answer, PublishedAt = q.PublishedAt!.Value, Field = q.Field!.Name })
            .ToListAsync(cancellationToken);
        var words = query.Words.ToHashSet(StringComparer.Ordinal);
        return questions.ToDictionary(q => q.Id, q => new SearchHit(
            Name, q.Id, q.Title, PublicUrls.QuestionPath(q.Id, q.Slug), q.Body.Length > 300 ? q.Body[..300] + "…" : q.Body, q.PublishedAt,
            $"Hỏi đáp · {q.Field}", SearchSnippet.Build(q.Body + " " + q.Answer, words)));
    }
}
