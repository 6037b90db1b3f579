using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Portal.Web.Articles;
using Portal.Web.Data;

namespace Portal.Web.Search;

/// <summary>
/// Search for databases without FTS5 (SQL Server, PostgreSQL), in plain indexed SQL that every provider
/// translates: an inverted index (word → article) finds the articles holding every word, and the folded
/// documents confirm the phrases. The same tests run it on SQLite.
/// </summary>
public sealed class TermIndexArticleSearch(PortalDbContext db, TimeProvider time) : ArticleSearchBase(db, time)
{
    private const string TermTable = nameof(PortalDbContext.ArticleSearchTerms);

    public override async Task IndexAsync(Article article, CancellationToken cancellationToken = default)
    {
        await base.IndexAsync(article, cancellationToken);
        if (article.Id != 0)
        {
            await Db.Set<ArticleSearchTerm>().Where(t => t.ArticleId == article.Id).ExecuteDeleteAsync(cancellationToken);
            // The rows are gone; words a save earlier in this same context tracked would clash with the new ones.
            foreach (var stale in Db.ChangeTracker.Entries<ArticleSearchTerm>().Where(e => e.Entity.ArticleId == article.Id).ToList())
            {
                stale.State = EntityState.Detached;
            }
        }
        foreach (var (term, inTitle) in Terms(article))
        {
            Db.Add(new ArticleSearchTerm { Term = term, Article = article, InTitle = inTitle });
        }
    }

    public override async Task IndexNewAsync(IReadOnlyCollection<Article> savedArticles, CancellationToken cancellationToken = default)
    {
        await base.IndexNewAsync(savedArticles, cancellationToken);
        // An article that lost its document (the start-up backfill finds those) may still have its words.
        foreach (var ids in savedArticles.Select(a => a.Id).Chunk(500))
        {
            await Db.Set<ArticleSearchTerm>().Where(t => ids.Contains(t.ArticleId)).ExecuteDeleteAsync(cancellationToken);
        }
        // Hundreds of words an article: plain multi-row INSERTs, which every provider reads alike, cost a third of
        // what tracked entities do. Quoted names and parameters only; SQL Server allows 2,100 parameters a command.
        var rows = savedArticles.SelectMany(a => Terms(a).Select(t => (t.Term, ArticleId: a.Id, t.InTitle)));
        foreach (var chunk in rows.Chunk(600))
        {
            var sql = new StringBuilder($"INSERT INTO \"{TermTable}\" (\"{nameof(ArticleSearchTerm.Term)}\", \"{nameof(ArticleSearchTerm.ArticleId)}\", \"{nameof(ArticleSearchTerm.InTitle)}\") VALUES ");
            var parameters = new object[chunk.Length * 3];
            for (var i = 0; i < chunk.Length; i++)
            {
                sql.Append(i == 0 ? "" : ", ").Append(CultureInfo.InvariantCulture, $"({{{3 * i}}}, {{{(3 * i) + 1}}}, {{{(3 * i) + 2}}})");
                (parameters[3 * i], parameters[(3 * i) + 1], parameters[(3 * i) + 2]) = (chunk[i].Term, chunk[i].ArticleId, chunk[i].InTitle);
            }
            await Db.Database.ExecuteSqlRawAsync(sql.ToString(), parameters, cancellationToken);
        }
    }

    private static IEnumerable<(string Term, bool InTitle)> Terms(Article article)
    {
        var title = SearchText.Tokens(article.Title).ToHashSet(StringComparer.Ordinal);
        var body = SearchText.Tokens($"{article.Summary} {SearchText.PlainText(article.BodyHtml)} {article.Author}");
        return title.Union(body, StringComparer.Ordinal).Select(term => (term, title.Contains(term)));
    }

    protected override Task<int> CountAsync(SearchQuery query, DateTime now, CancellationToken cancellationToken) =>
        Matching(query, now).CountAsync(cancellationToken);

    protected override Task<List<int>> FindAsync(SearchQuery query, DateTime now, int skip, int take, CancellationToken cancellationToken)
    {
        var words = query.Words.ToList();
        var phrases = query.Phrases.ToList();
        var terms = Db.Set<ArticleSearchTerm>();
        var documents = Db.Set<ArticleSearchDocument>();
        var wordsInTitle = terms.Where(t => t.InTitle && words.Contains(t.Term))
            .GroupBy(t => t.ArticleId).Where(g => g.Count() == words.Count).Select(g => g.Key);
        var phrasesInTitle = documents.AsQueryable();
        foreach (var phrase in phrases)
        {
            phrasesInTitle = phrasesInTitle.Where(d => d.Title.Contains(phrase));
        }
        var inTitle = phrasesInTitle.Where(d => wordsInTitle.Contains(d.ArticleId)).Select(d => d.ArticleId);
        return PageAsync(Matching(query, now), inTitle, skip, take, cancellationToken);
    }

    private IQueryable<Article> Matching(SearchQuery query, DateTime now)
    {
        var words = query.Words.ToList();
        var withEveryWord = Db.Set<ArticleSearchTerm>().Where(t => words.Contains(t.Term))
            .GroupBy(t => t.ArticleId).Where(g => g.Count() == words.Count).Select(g => g.Key);
        var documents = Db.Set<ArticleSearchDocument>().AsQueryable();
        foreach (var phrase in query.Phrases)
        {
            documents = documents.Where(d => d.Title.Contains(phrase) || d.Body.Contains(phrase));
        }
        var matched = documents.Where(d => withEveryWord.Contains(d.ArticleId)).Select(d => d.ArticleId);
        return Visible(now).Where(a => matched.Contains(a.Id));
    }
}
