using Microsoft.EntityFrameworkCore;
using Portal.Web.Articles;
using Portal.Web.Data;

namespace Portal.Web.Search;

/// <summary>
/// SQLite's own full-text index (FTS5) over the folded documents; the migration creates the index and the
/// triggers that keep it in step with <see cref="ArticleSearchDocument"/>.
/// </summary>
public sealed class Fts5ArticleSearch(PortalDbContext db, TimeProvider time) : ArticleSearchBase(db, time)
{
    public const string IndexTable = "ArticleSearchIndex";

    protected override Task<int> CountAsync(SearchQuery query, DateTime now, CancellationToken cancellationToken) =>
        Matching(query, now).CountAsync(cancellationToken);

    protected override Task<List<int>> FindAsync(SearchQuery query, DateTime now, int skip, int take, CancellationToken cancellationToken) =>
        PageAsync(Matching(query, now), Match(TitleExpression(query)), skip, take, cancellationToken);

    private IQueryable<Article> Matching(SearchQuery query, DateTime now)
    {
        var matched = Match(Expression(query));
        return Visible(now).Where(a => matched.Contains(a.Id));
    }

    // The expression is built from folded words only (a-z, 0-9), each clause quoted: the reader's text can
    // never become an FTS5 operator. It is passed as a parameter all the same.
    private IQueryable<int> Match(string expression) =>
        Db.Database.SqlQueryRaw<int>($"SELECT rowid AS \"Value\" FROM \"{IndexTable}\" WHERE \"{IndexTable}\" MATCH {{0}}", expression);

    internal static string Expression(SearchQuery query) =>
        string.Join(" AND ", query.Clauses.Select(c => $"\"{string.Join(' ', c)}\""));

    internal static string TitleExpression(SearchQuery query) =>
        string.Join(" AND ", query.Clauses.Select(c => $"\"Title\" : \"{string.Join(' ', c)}\""));
}
