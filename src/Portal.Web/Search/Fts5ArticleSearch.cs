using System.Data.Common;
using System.Globalization;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
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
/// <item>The total is the index's own count, kept in <see cref="Fts5Matches"/> while the index is unchanged,
/// less the matching articles that are not visible (drafts, scheduled: few, counted at every search).</item>
/// <item>A page of a large result walks the published articles newest first (an index) and keeps those whose
/// folded document holds every clause, " word " being a word exactly as FTS5 splits the folded text; a
/// page of a small result looks its few matches up instead (their ids kept with the count). The cheaper way is
/// chosen from the counts.</item>
/// </list>
/// </remarks>
public sealed class Fts5ArticleSearch(PortalDbContext db, TimeProvider time, Fts5Matches found) : ArticleSearchBase(db, time)
{
    public const string IndexTable = "ArticleSearchIndex";

    // Measured costs, in microseconds: one article checked during a walk, one match looked up and sorted,
    // and FTS5 reading a document that holds the words when the matches' ids are not kept.
    private const double WalkCost = 3;
    private const double LookupCost = 5;
    private const double IndexReadCost = 0.25;

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
            ids.AddRange(await PageAsync(query, now, matches, titleOnly: true, skip, Math.Min(take, matches.VisibleInTitle - skip), cancellationToken));
        }
        if (ids.Count < take && matches.Visible > matches.VisibleInTitle)
        {
            ids.AddRange(await PageAsync(query, now, matches, titleOnly: false, Math.Max(0, skip - matches.VisibleInTitle), take - ids.Count, cancellationToken));
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
    /// What the index finds for the query (anywhere, in the title), how many of those are visible, and about how
    /// many articles there are (the highest id), which tells how far a walk goes for a page.
    /// </summary>
    private sealed record Matches(Fts5Matches.Found All, Fts5Matches.Found InTitle, int Visible, int VisibleInTitle, int Articles);

    /// <summary>The index's version, its matches that no reader may see yet, and the highest article id.</summary>
    private sealed record HiddenMatches(byte[]? Version, int Matches, int TitleMatches, int Articles);

    private async Task<Matches> MatchesAsync(SearchQuery query, DateTime now, CancellationToken cancellationToken)
    {
        if (_last is { } last && last.Query == query && last.Now == now)
        {
            return last.Matches;
        }
        var sql =
            $"SELECT ({Fts5Matches.VersionSql}) AS \"Version\", count(*) AS \"Matches\", coalesce(sum({TitleHolds(query)}), 0) AS \"TitleMatches\", " +
            "(SELECT coalesce(max(\"Id\"), 0) FROM \"Articles\") AS \"Articles\" " +
            "FROM \"Articles\" AS a CROSS JOIN \"ArticleSearchDocuments\" AS d " +
            $"WHERE {HiddenArticle} AND d.\"ArticleId\" = a.\"Id\" AND {DocumentHolds(query)}";
        HiddenMatches hidden;
        Fts5Matches.Found all, inTitle;
        do
        {
            // All must be of one state of the index: read again if a save came in between.
            hidden = await ReadAsync(sql, Parameters(query, now), reader =>
            {
                reader.Read();
                return new HiddenMatches(reader.IsDBNull(0) ? null : reader.GetFieldValue<byte[]>(0), reader.GetInt32(1), reader.GetInt32(2), reader.GetInt32(3));
            }, cancellationToken);
            all = await found.FindAsync(Db, hidden.Version, Expression(query), cancellationToken);
            inTitle = await found.FindAsync(Db, hidden.Version, TitleExpression(query), cancellationToken);
        }
        while (!SameVersion(all.Version, hidden.Version) || !SameVersion(inTitle.Version, hidden.Version));
        var matches = new Matches(all, inTitle, all.Count - hidden.Matches, inTitle.Count - hidden.TitleMatches, hidden.Articles);
        _last = (query, now, matches);
        return matches;
    }

    private static bool SameVersion(byte[]? one, byte[]? other) => (one ?? []).AsSpan().SequenceEqual(other ?? []);

    /// <summary>
    /// One page of the visible matches in the title (<paramref name="titleOnly"/>) or elsewhere only, newest first:
    /// a walk down the newest published articles, or a look-up of the matches, whichever costs less.
    /// </summary>
    private async Task<List<int>> PageAsync(SearchQuery query, DateTime now, Matches matches, bool titleOnly, int skip, int take, CancellationToken cancellationToken)
    {
        var (candidates, visible) = titleOnly ? (matches.InTitle, matches.VisibleInTitle) : (matches.All, matches.Visible - matches.VisibleInTitle);
        var walked = Math.Min(matches.Articles, (skip + take) * (double)matches.Articles / Math.Max(1, visible));
        var readsIndex = candidates.Ids is null || (!titleOnly && matches.InTitle.Ids is null);
        var parameters = Parameters(query, now);
        parameters.AddRange([new SqliteParameter("@take", take), new SqliteParameter("@skip", skip)]);
        string sql;
        if ((candidates.Count * LookupCost) + (readsIndex ? matches.All.Count * IndexReadCost : 0) < walked * WalkCost)
        {
            var notInTitle = titleOnly ? "" : $"AND a.\"Id\" NOT IN ({Ids(matches.InTitle, TitleExpression(query), "@title", parameters)}) ";
            sql = $"SELECT a.\"Id\" AS \"Value\" FROM \"Articles\" AS a NOT INDEXED " +
                $"WHERE a.\"Id\" IN ({Ids(candidates, titleOnly ? TitleExpression(query) : Expression(query), "@candidates", parameters)}) " +
                $"{notInTitle}AND {VisibleArticle} ORDER BY a.\"PublishedAt\" DESC, a.\"Id\" DESC LIMIT @take OFFSET @skip";
        }
        else
        {
            var holds = titleOnly ? TitleHolds(query) : $"{DocumentHolds(query)} AND NOT ({TitleHolds(query)})";
            sql = $"SELECT a.\"Id\" AS \"Value\" FROM \"Articles\" AS a INDEXED BY \"{ArticleConfiguration.NewestIndex}\" " +
                "CROSS JOIN \"ArticleSearchDocuments\" AS d " +
                $"WHERE {VisibleArticle} AND d.\"ArticleId\" = a.\"Id\" AND {holds} " +
                "ORDER BY a.\"PublishedAt\" DESC, a.\"Id\" DESC LIMIT @take OFFSET @skip";
        }
        return await ReadAsync(sql, parameters, reader =>
        {
            var ids = new List<int>(take);
            while (reader.Read())
            {
                ids.Add(reader.GetInt32(0));
            }
            return ids;
        }, cancellationToken);
    }

    /// <summary>
    /// Runs SQL on the context's connection (and transaction), straight through ADO.NET: at every search, EF's
    /// handling of a raw query cost more than SQLite's running it.
    /// </summary>
    private async Task<T> ReadAsync<T>(string sql, List<object> parameters, Func<DbDataReader, T> read, CancellationToken cancellationToken)
    {
        await Db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            await using var command = Db.Database.GetDbConnection().CreateCommand();
            command.CommandText = sql;
            command.Transaction = Db.Database.CurrentTransaction?.GetDbTransaction();
            command.Parameters.AddRange(parameters.ToArray());
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            return read(reader);
        }
        finally
        {
            await Db.Database.CloseConnectionAsync();
        }
    }

    /// <summary>A subquery of the matches' ids: the kept ones as JSON, or the index asked again.</summary>
    private static string Ids(Fts5Matches.Found matches, string expression, string name, List<object> parameters)
    {
        parameters.Add(new SqliteParameter(name, matches.Ids is { } ids ? JsonSerializer.Serialize(ids) : expression));
        return matches.Ids is null ? Matching(name) : $"SELECT \"value\" FROM json_each({name})";
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
