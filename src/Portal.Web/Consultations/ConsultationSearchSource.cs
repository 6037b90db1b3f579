using Microsoft.EntityFrameworkCore;
using Portal.Web.Data;
using Portal.Web.Feeds;
using Portal.Web.Publishing;
using Portal.Web.Search;

namespace Portal.Web.Consultations;

/// <summary>
/// Consultations as search sees them: the title as the title; the explanation, the drafting agency and the text of
/// the draft's files as the body. Comments are not searched: they are the citizens' words, not the draft's.
/// </summary>
public sealed class ConsultationSearchSource(PortalDbContext db) : ISearchSource
{
    public const string Name = "consultation";

    /// <summary>Consultations are kind 2: a consultation's search id is 2 × 2^32 + its id.</summary>
    public const int KindNumber = 2;

    /// <summary>The index the migration made on (Status, PublishedAt desc, Id desc), walked for common words.</summary>
    public const string NewestIndex = "IX_Consultations_Status_PublishedAt_Id";

    private const int SnippetSource = 3_000;

    public string Kind => Name;

    public int Number => KindNumber;

    /// <summary>The search document of <paramref name="consultation"/>, whose <see cref="Consultation.Issuer"/> and <see cref="Consultation.Files"/> are loaded.</summary>
    public static SearchDocumentText Document(Consultation consultation) => SearchDocumentText.Of(
        consultation.Title,
        string.Join(' ', [consultation.Explanation, consultation.Issuer?.Name ?? "",
            .. consultation.Files.Where(f => !f.IsSummary).OrderBy(f => f.SortOrder).Select(f => f.Text)]));

    /// <summary>
    /// Brings the consultation's search document in step with its text, as part of the context's next save: the
    /// newsroom's service calls it in every save of a consultation (with its issuer and files loaded).
    /// </summary>
    public static Task IndexAsync(ISearch search, Consultation consultation, CancellationToken cancellationToken) =>
        search.IndexAsync(Name, () => consultation.Id, Document(consultation), cancellationToken);

    public IQueryable<SearchItem> Visible(DateTime now) =>
        db.Consultations.AsNoTracking().Where(ConsultationVisibility.VisibleAt(now))
            .Select(c => new SearchItem { Id = c.Id, PublishedAt = c.PublishedAt!.Value });

    // ConsultationVisibility.VisibleAt in SQL, as ArticleSearchSource writes the articles' rule.
    public SearchSql Sql { get; } = new(
        "Consultations", "Id", "PublishedAt", NewestIndex,
        "i.\"Status\" = @consultation_published AND i.\"PublishedAt\" <= @now",
        "(i.\"Status\" < @consultation_published OR i.\"Status\" > @consultation_published OR (i.\"Status\" = @consultation_published AND i.\"PublishedAt\" IS NULL) " +
        "OR (i.\"Status\" = @consultation_published AND i.\"PublishedAt\" > @now))",
        new Dictionary<string, object> { ["@consultation_published"] = (int)PublicationStatus.Published });

    public IQueryable<int> Ids() => db.Consultations.Select(c => c.Id);

    public async Task<Dictionary<int, SearchDocumentText>> DocumentsAsync(IReadOnlyCollection<int> ids, CancellationToken cancellationToken) =>
        (await db.Consultations.AsNoTracking().AsSplitQuery().Where(c => ids.Contains(c.Id)).Include(c => c.Issuer).Include(c => c.Files)
            .ToListAsync(cancellationToken)).ToDictionary(c => c.Id, Document);

    public async Task<Dictionary<int, SearchHit>> HitsAsync(IReadOnlyCollection<int> ids, SearchQuery query, CancellationToken cancellationToken)
    {
        var consultations = await db.Consultations.AsNoTracking().Where(c => ids.Contains(c.Id))
            .Select(c => new
            {
                c.Id, c.Title, c.Slug, PublishedAt = c.PublishedAt!.Value, Issuer = c.Issuer!.Name,
                ExplanationStart = c.Explanation.Substring(0, SnippetSource),
            })
            .ToListAsync(cancellationToken);
        var words = query.Words.ToHashSet(StringComparer.Ordinal);
        return consultations.ToDictionary(c => c.Id, c => new SearchHit(
            Name, c.Id, c.Title, PublicUrls.ConsultationPath(c.Id, c.Slug), "", c.PublishedAt,
            $"Góp ý dự thảo · {c.Issuer}", SearchSnippet.Build(c.ExplanationStart, words)));
    }
}
