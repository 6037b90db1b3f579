using System.Globalization;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Portal.Web.Data;
using Portal.Web.Data.Configurations;

namespace Portal.Web.Search;

/// <summary>
/// SQLite's own full-text index (FTS5) over the folded documents; the migration creates the index and the
/// triggers that keep it in step with <see cref="ArticleSearchDocument"/>.
/// </summary>
/// <remarks>
/// Common words match most of 100,000 articles, so nothing here reads every match at every search:
/// <list type="bullet">
/// <item>The total is the index's own count, kept in <see cref="Fts5MatchCounts"/> while the index is unchanged,
/// less the matching articles that are not visible (drafts, scheduled: few, counted at every search).</item>
/// <item>A page of a large result walks the published articles newest first (an index) and keeps those whose
/// folded document holds every clause, " word " being a word exactly as FTS5 splits the folded text; a
/// page of a small result looks its few matches up instead. The cheaper way is chosen from the counts.</item>
/// </list>
/// </remarks>
public sealed class Fts5ArticleSearch(PortalDbContext db, TimeProvider time, Fts5MatchCounts counts) : ArticleSearchBase(db, time)
{
    public const string IndexTable = "ArticleSearchIndex";

    // Measured costs, in microseconds: one article checked during a walk, one match looked up and sorted.
    private const int WalkCost = 3;
    private const int LookupCost = 5;

    private const string VisibleArticle = "a.\"Status\" = 2 AND a.\"PublishedAt\" <= @now";
    // Four ranges of the newest index (a nested OR would make SQLite read every published article's entry).
    private const string HiddenArticle = "(a.\"Status\" < 2 OR a.\"Status\" > 2 OR (a.\"Status\" = 2 AND a.\"PublishedAt\" IS NULL) " +
        "OR (a.\"Status\" = 2 AND a.\"PublishedAt\" > @now))";

    private (SearchQuery Query, DateTime Now, Matches Matches)? _last;

    protected override async Task<int> CountAsync(SearchQuery query, DateTime now, CancellationToken cancellationToken) =>
        (await MatchesAsync(query, now, cancellationToken)).Visible;

    protected override async Task<List<int>> FindAsync(SearchQuery query, DateTime now, int skip, int take, CancellationToken cancellationToken)
    {
        var matches = await MatchesAsync(query, now, cancellationToken);
        var ids = new List<int>();
        if (skip < matches.VisibleInTitle)
        {
            ids.AddRange(await PageAsync(query, now, titleOnly: true, matches.InTitle, matches.VisibleInTitle, matches.Articles,
                skip, Math.Min(take, matches.VisibleInTitle - skip), cancellationToken));
        }
        var bodyOnly = matches.Visible - matches.VisibleInTitle;
        if (ids.Count < take && bodyOnly > 0)
        {
            ids.AddRange(await PageAsync(query, now, titleOnly: false, matches.All, bodyOnly, matches.Articles,
                Math.Max(0, skip - matches.VisibleInTitle), take - ids.Count, cancellationToken));
        }
        return ids;
    }

    // The expression is built from folded words only (a-z, 0-9), each clause quoted: the reader's text can
    // never become an FTS5 operator. It is passed as a parameter all the same.
    internal static string Expression(SearchQuery query) =>
        string.Join(" AND ", query.Clauses.Select(c => $"\"{string.Join(' ', c)}\""));

    internal static string TitleExpression(SearchQuery query) =>
        string.Join(" AND ", query.Clauses.Select(c => $"\"Title\" : \"{string.Join(' ', c)}\""));

    /// <summary>
    /// Matches of the query (all, in the title) in the index, of those the visible ones, and about how many
    /// articles there are (the highest id), which tells how far a walk goes for a page.
    /// </summary>
    private sealed record Matches(int All, int InTitle, int Visible, int VisibleInTitle, int Articles);

    /// <summary>The index's version, its matches that no reader may see yet, and the highest article id.</summary>
    private sealed record HiddenMatches(byte[]? Version, int Matches, int TitleMatches, int Articles);

    private async Task<Matches> MatchesAsync(SearchQuery query, DateTime now, CancellationToken cancellationToken)
    {
        if (_last is { } last && last.Query == query && last.Now == now)
        {
            return last.Matches;
        }
        var sql =
            $"SELECT ({Fts5MatchCounts.VersionSql}) AS \"Version\", count(*) AS \"Matches\", coalesce(sum({TitleHolds(query)}), 0) AS \"TitleMatches\", " +
            "(SELECT coalesce(max(\"Id\"), 0) FROM \"Articles\") AS \"Articles\" " +
            "FROM \"Articles\" AS a CROSS JOIN \"ArticleSearchDocuments\" AS d " +
            $"WHERE {HiddenArticle} AND d.\"ArticleId\" = a.\"Id\" AND {DocumentHolds(query)}";
        HiddenMatches hidden;
        Fts5MatchCounts.Counted indexed;
        do
        {
            // Both counts must be of one state of the index: read again if a save came between them.
            // ToList, not Single: EF would wrap the query in another to limit it, at every search.
            hidden = (await Db.Database.SqlQueryRaw<HiddenMatches>(sql, [.. Parameters(query, now)]).ToListAsync(cancellationToken))[0];
            indexed = await counts.GetOrCountAsync(Db, hidden.Version, Expression(query), TitleExpression(query), cancellationToken);
        }
        while (!(indexed.Version ?? []).AsSpan().SequenceEqual(hidden.Version ?? []));
        var matches = new Matches(indexed.Matches, indexed.TitleMatches,
            indexed.Matches - hidden.Matches, indexed.TitleMatches - hidden.TitleMatches, hidden.Articles);
        _last = (query, now, matches);
        return matches;
    }

    /// <summary>
    /// One page of the visible matches in the title (<paramref name="titleOnly"/>) or elsewhere only, newest first:
    /// a walk down the newest published articles, or a look-up of the <paramref name="indexed"/> matches.
    /// </summary>
    private async Task<List<int>> PageAsync(SearchQuery query, DateTime now, bool titleOnly, int indexed, int visible, int articles,
        int skip, int take, CancellationToken cancellationToken)
    {
        var walked = Math.Min(articles, (long)(skip + take) * articles / Math.Max(1, visible));
        string sql;
        if ((long)indexed * LookupCost < walked * WalkCost)
        {
            var notInTitle = titleOnly ? "" : $"AND a.\"Id\" NOT IN ({Matching("@title")}) ";
            sql = $"SELECT a.\"Id\" AS \"Value\" FROM \"Articles\" AS a NOT INDEXED " +
                $"WHERE a.\"Id\" IN ({Matching(titleOnly ? "@title" : "@all")}) {notInTitle}AND {VisibleArticle} " +
                "ORDER BY a.\"PublishedAt\" DESC, a.\"Id\" DESC LIMIT @take OFFSET @skip";
        }
        else
        {
            var holds = titleOnly ? TitleHolds(query) : $"{DocumentHolds(query)} AND NOT ({TitleHolds(query)})";
            sql = $"SELECT a.\"Id\" AS \"Value\" FROM \"Articles\" AS a INDEXED BY \"{ArticleConfiguration.NewestIndex}\" " +
                "CROSS JOIN \"ArticleSearchDocuments\" AS d " +
                $"WHERE {VisibleArticle} AND d.\"ArticleId\" = a.\"Id\" AND {holds} " +
                "ORDER BY a.\"PublishedAt\" DESC, a.\"Id\" DESC LIMIT @take OFFSET @skip";
        }
        var parameters = Parameters(query, now);
        parameters.AddRange([
            new SqliteParameter("@all", Expression(query)),
            new SqliteParameter("@title", TitleExpression(query)),
            new SqliteParameter("@take", take),
            new SqliteParameter("@skip", skip),
        ]);
        return await Db.Database.SqlQueryRaw<int>(sql, [.. parameters]).ToListAsync(cancellationToken);
    }

    private static string Matching(string expression) =>
        $"SELECT rowid FROM \"{IndexTable}\" WHERE \"{IndexTable}\" MATCH {expression}";

    // A clause " w1 w2 " is in a folded column exactly when FTS5 would match the phrase in it.
    private static string TitleHolds(SearchQuery query) =>
        string.Join(" AND ", query.Clauses.Select((_, i) => $"instr(d.\"Title\", @c{i}) > 0"));

    private static string DocumentHolds(SearchQuery query) =>
        string.Join(" AND ", query.Clauses.Select((_, i) => $"(instr(d.\"Title\", @c{i}) > 0 OR instr(d.\"Body\", @c{i}) > 0)"));

    /// <summary>The time as <c>@now</c>, each clause as <c>@c0</c>, <c>@c1</c>... in its folded form " w1 w2 ".</summary>
    private static List<object> Parameters(SearchQuery query, DateTime now)
    {
        var parameters = new List<object> { new SqliteParameter("@now", now) };
        parameters.AddRange(query.Clauses.Select((c, i) =>
            new SqliteParameter(string.Create(CultureInfo.InvariantCulture, $"@c{i}"), $" {string.Join(' ', c)} ")));
        return parameters;
    }
}
