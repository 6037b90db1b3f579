using Microsoft.EntityFrameworkCore;
using NpgsqlTypes;
using Portal.Web.Data;

namespace Portal.Web.Search;

/// <summary>
/// PostgreSQL's own full-text engine over the folded documents: a <c>tsvector</c> column the database computes at
/// every save (<see cref="Words"/>, the 'simple' configuration, as the folded text has no diacritics, no capitals
/// and no stop words to drop), its title's words marked A, with a GIN index. A word is a lexeme, a phrase lexemes one
/// position apart (as <c>phraseto_tsquery</c> makes them); the query text is built from folded words (a-z, 0-9) only,
/// so nothing a reader types is ever an operator. Chosen with <c>Portal:Search:Engine=PostgreSql</c>: at 100,000
/// articles it was slower than the word index for all but phrases (bench/search-postgres.sh; a weight or a phrase
/// makes the GIN index recheck every candidate's whole tsvector).
/// </summary>
public sealed class PostgreSqlSearch(PortalDbContext db, TimeProvider time, IEnumerable<ISearchSource> sources) : SearchBase(db, time, sources)
{
    /// <summary>The shadow column of <see cref="SearchDocument"/> on PostgreSQL.</summary>
    public const string Words = "Words";

    /// <summary>The column's definition: the title's words weighted A, the body's left at D.</summary>
    public const string WordsSql = "setweight(to_tsvector('simple', \"Title\"), 'A') || to_tsvector('simple', \"Body\")";

    /// <summary>Adds the column and its GIN index to the PostgreSQL model.</summary>
    public static void AddWords(ModelBuilder builder)
    {
        var document = builder.Entity<SearchDocument>();
        document.Property<NpgsqlTsVector>(Words).HasComputedColumnSql(WordsSql, stored: true);
        document.HasIndex(Words).HasMethod("GIN");
    }

    protected override Task<int> CountAsync(SearchQuery query, IReadOnlyList<ISearchSource> searched, DateTime now, CancellationToken cancellationToken) =>
        Visible(Matching(Query(query, "")), searched, now).CountAsync(cancellationToken);

    protected override Task<List<(string Kind, int ItemId)>> FindAsync(
        SearchQuery query, IReadOnlyList<ISearchSource> searched, DateTime now, int skip, int take, CancellationToken cancellationToken) =>
        PageAsync(Visible(Matching(Query(query, "")), searched, now), Matching(Query(query, "A")).Select(d => d.Id), skip, take, cancellationToken,
            query.WholePhrase is { } phrase ? Matching(Query(phrase, "A")).Select(d => d.Id) : null);

    /// <summary>The kind's matching items: the GIN index's matches within the kind's range of ids.</summary>
    public override IQueryable<int> MatchingItems(SearchQuery query, string kind)
    {
        if (query.IsEmpty)
        {
            return base.MatchingItems(query, kind);
        }
        var (first, last) = DocumentIds(kind);
        return Matching(Query(query, "")).Where(d => d.Id >= first && d.Id <= last).Select(d => d.ItemId);
    }

    private IQueryable<SearchDocument> Matching(string tsQuery) =>
        Db.SearchDocuments.AsNoTracking().Where(d => EF.Property<NpgsqlTsVector>(d, Words).Matches(EF.Functions.ToTsQuery("simple", tsQuery)));

    /// <summary>
    /// The tsquery of every clause: a word, or a phrase's words one after the other. Restricted to <paramref name="weight"/>
    /// ("A": the title), or else in the title or in the body, never across the two (as in the folded columns).
    /// </summary>
    internal static string Query(SearchQuery query, string weight) =>
        string.Join(" & ", query.Clauses.Select(c => c.Count == 1 && weight.Length == 0
            ? c[0]
            : weight.Length > 0 ? Phrase(c, weight) : $"({Phrase(c, "A")} | {Phrase(c, "D")})"));

    private static string Phrase(IReadOnlyList<string> words, string weight) => $"({string.Join(" <-> ", words.Select(w => $"{w}:{weight}"))})";
}
