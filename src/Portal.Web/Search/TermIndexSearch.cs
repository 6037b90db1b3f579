using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Portal.Web.Data;

namespace Portal.Web.Search;

/// <summary>
/// Search for SQL Server (whose Full-Text Search may not be installed) and PostgreSQL (where it answered most queries
/// faster than the database's own engine, <see cref="PostgreSqlSearch"/>, at 100,000 articles), in plain indexed SQL
/// that every provider translates: an inverted index (word → document) finds the documents holding every word, and
/// the folded documents confirm the phrases. The same tests run it on SQLite.
/// </summary>
public sealed class TermIndexSearch(PortalDbContext db, TimeProvider time, IEnumerable<ISearchSource> sources) : SearchBase(db, time, sources)
{
    private const string TermTable = nameof(PortalDbContext.SearchTerms);

    protected override async Task<SearchDocument> IndexSavedAsync(string kind, int itemId, SearchDocumentText text, CancellationToken cancellationToken)
    {
        var document = await base.IndexSavedAsync(kind, itemId, text, cancellationToken);
        if (Db.Entry(document).State != EntityState.Added)
        {
            await Db.SearchTerms.Where(t => t.DocumentId == document.Id).ExecuteDeleteAsync(cancellationToken);
            // The rows are gone; words a save earlier in this same context tracked would clash with the new ones.
            foreach (var stale in Db.ChangeTracker.Entries<SearchTerm>().Where(e => e.Entity.DocumentId == document.Id || e.Entity.Document == document).ToList())
            {
                stale.State = EntityState.Detached;
            }
        }
        foreach (var (term, inTitle) in Terms(text))
        {
            Db.Add(new SearchTerm { Term = term, Document = document, InTitle = inTitle });
        }
        return document;
    }

    public override async Task IndexNewAsync(string kind, IReadOnlyDictionary<int, SearchDocumentText> items, CancellationToken cancellationToken = default)
    {
        // An item that lost its document (the start-up backfill finds those) leaves no words: they went with it.
        await base.IndexNewAsync(kind, items, cancellationToken);
        // The documents first: the words refer to them.
        await Db.SaveChangesAsync(cancellationToken);
        var ids = items.Keys.ToDictionary(itemId => itemId, itemId => DocumentId(kind, itemId));
        // Hundreds of words a document: plain multi-row INSERTs, which every provider reads alike, cost a third of
        // what tracked entities do. Quoted names and parameters only; SQL Server allows 2,100 parameters a command.
        var rows = items.SelectMany(i => Terms(i.Value).Select(t => (t.Term, DocumentId: ids[i.Key], t.InTitle)));
        foreach (var chunk in rows.Chunk(600))
        {
            var sql = new StringBuilder($"INSERT INTO \"{TermTable}\" (\"{nameof(SearchTerm.Term)}\", \"{nameof(SearchTerm.DocumentId)}\", \"{nameof(SearchTerm.InTitle)}\") VALUES ");
            var parameters = new object[chunk.Length * 3];
            for (var i = 0; i < chunk.Length; i++)
            {
                sql.Append(i == 0 ? "" : ", ").Append(CultureInfo.InvariantCulture, $"({{{3 * i}}}, {{{(3 * i) + 1}}}, {{{(3 * i) + 2}}})");
                (parameters[3 * i], parameters[(3 * i) + 1], parameters[(3 * i) + 2]) = (chunk[i].Term, chunk[i].DocumentId, chunk[i].InTitle);
            }
            await Db.Database.ExecuteSqlRawAsync(sql.ToString(), parameters, cancellationToken);
        }
    }

    // The folded document's words are the words of its text: no need to fold again.
    private static IEnumerable<(string Term, bool InTitle)> Terms(SearchDocumentText text)
    {
        var title = Words(text.Title).ToHashSet(StringComparer.Ordinal);
        return title.Union(Words(text.Body), StringComparer.Ordinal).Select(term => (term, title.Contains(term)));
    }

    private static string[] Words(string folded) => folded.Split(' ', StringSplitOptions.RemoveEmptyEntries);

    protected override Task<int> CountAsync(SearchQuery query, IReadOnlyList<ISearchSource> searched, DateTime now, CancellationToken cancellationToken) =>
        Visible(Matching(query), searched, now).CountAsync(cancellationToken);

    protected override Task<List<(string Kind, int ItemId)>> FindAsync(
        SearchQuery query, IReadOnlyList<ISearchSource> searched, DateTime now, int skip, int take, CancellationToken cancellationToken)
    {
        var words = query.Words.ToList();
        var wordsInTitle = Db.SearchTerms.Where(t => t.InTitle && words.Contains(t.Term))
            .GroupBy(t => t.DocumentId).Where(g => g.Count() == words.Count).Select(g => g.Key);
        var phrasesInTitle = Db.SearchDocuments.AsQueryable();
        foreach (var phrase in query.Phrases)
        {
            phrasesInTitle = phrasesInTitle.Where(d => d.Title.Contains(phrase));
        }
        var inTitle = phrasesInTitle.Where(d => wordsInTitle.Contains(d.Id)).Select(d => d.Id);
        var wholePhrase = query.WholePhrase?.Phrases[0];
        var phraseInTitle = wholePhrase is null ? null : Db.SearchDocuments.Where(d => wordsInTitle.Contains(d.Id) && d.Title.Contains(wholePhrase)).Select(d => d.Id);
        return PageAsync(Visible(Matching(query), searched, now), inTitle, skip, take, cancellationToken, phraseInTitle);
    }

    /// <summary>
    /// The kind's matching items from the word index: the documents of the kind's range of ids holding every word
    /// (the primary key (word, document) read by range), the folded documents read only to confirm phrases.
    /// </summary>
    public override IQueryable<int> MatchingItems(SearchQuery query, string kind)
    {
        if (query.IsEmpty)
        {
            return base.MatchingItems(query, kind);
        }
        var (first, last) = DocumentIds(kind);
        var words = query.Words.ToList();
        var withEveryWord = Db.SearchTerms.Where(t => words.Contains(t.Term) && t.DocumentId >= first && t.DocumentId <= last)
            .GroupBy(t => t.DocumentId).Where(g => g.Count() == words.Count).Select(g => g.Key);
        if (query.Phrases.Count == 0)
        {
            return withEveryWord.Select(id => (int)(id - first));
        }
        var documents = Db.SearchDocuments.AsNoTracking().Where(d => withEveryWord.Contains(d.Id));
        foreach (var phrase in query.Phrases)
        {
            documents = documents.Where(d => d.Title.Contains(phrase) || d.Body.Contains(phrase));
        }
        return documents.Select(d => d.ItemId);
    }

    private IQueryable<SearchDocument> Matching(SearchQuery query)
    {
        var words = query.Words.ToList();
        var withEveryWord = Db.SearchTerms.Where(t => words.Contains(t.Term))
            .GroupBy(t => t.DocumentId).Where(g => g.Count() == words.Count).Select(g => g.Key);
        var documents = Db.SearchDocuments.AsNoTracking();
        foreach (var phrase in query.Phrases)
        {
            documents = documents.Where(d => d.Title.Contains(phrase) || d.Body.Contains(phrase));
        }
        return documents.Where(d => withEveryWord.Contains(d.Id));
    }
}
