using System.Data.Common;
using System.Globalization;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Portal.Web.Data;

namespace Portal.Web.Search;

/// <summary>
/// SQLite's own full-text index (FTS5) over the folded documents of every kind; the migration creates the index
/// (the document's kind a column of it, so a kind filter is part of the expression) and the triggers that keep it
/// in step with <see cref="SearchDocument"/>.
/// </summary>
/// <remarks>
/// Common words match most of 100,000 articles, so nothing here reads every match at every search:
/// <list type="bullet">
/// <item>The total is the index's own count, kept in <see cref="Fts5Matches"/> while the index is unchanged,
/// less the matching items that are not visible (drafts, scheduled: few, counted at every search through each
/// kind's <see cref="SearchSql.Hidden"/> rule).</item>
/// <item>A page of a large result walks each kind's visible items newest first (an index) and keeps those whose
/// folded document holds every clause, " word " being a word exactly as FTS5 splits the folded text; a
/// page of a small result looks its few matches up instead (their ids kept with the count). The cheaper way is
/// chosen from the counts.</item>
/// </list>
/// </remarks>
public sealed class Fts5Search(PortalDbContext db, TimeProvider time, IEnumerable<ISearchSource> sources, Fts5Matches found)
    : SearchBase(db, time, sources)
{
    public const string IndexTable = "SearchIndex";

    // Measured costs, in microseconds: one article checked during a walk, one match looked up and sorted,
    // and FTS5 reading a document that holds the words when the matches' ids are not kept.
    private const double WalkCost = 3;
    private const double LookupCost = 5;
    private const double IndexReadCost = 0.25;

    private readonly int _kinds = sources.Count();
    private (SearchQuery Query, string Kinds, DateTime Now, Matches Matches)? _last;

    protected override async Task<int> CountAsync(SearchQuery query, IReadOnlyList<ISearchSource> searched, DateTime now, CancellationToken cancellationToken) =>
        (await MatchesAsync(query, searched, now, cancellationToken)).Visible;

    protected override async Task<List<(string Kind, int ItemId)>> FindAsync(
        SearchQuery query, IReadOnlyList<ISearchSource> searched, DateTime now, int skip, int take, CancellationToken cancellationToken)
    {
        var matches = await MatchesAsync(query, searched, now, cancellationToken);
        var found = new List<(string, int)>();
        // Titles holding the whole phrase first: a tier of their own, counted by the index as the title matches are.
        var phrase = skip < matches.VisibleInTitle ? query.WholePhrase : null;
        var phraseMatches = phrase is null ? null : await MatchesAsync(phrase, searched, now, cancellationToken);
        var inPhrase = phraseMatches?.VisibleInTitle ?? 0;
        if (skip < inPhrase)
        {
            found.AddRange(await PageAsync(phrase!, searched, now, phraseMatches!, titleOnly: true, skip, Math.Min(take, inPhrase - skip), cancellationToken));
        }
        if (found.Count < take && skip + found.Count < matches.VisibleInTitle)
        {
            var titleSkip = Math.Max(0, skip - inPhrase);
            found.AddRange(await PageAsync(query, searched, now, matches, titleOnly: true, titleSkip, Math.Min(take - found.Count, matches.VisibleInTitle - inPhrase - titleSkip),
                cancellationToken, inPhrase > 0 ? phrase : null));
        }
        if (found.Count < take && matches.Visible > matches.VisibleInTitle)
        {
            found.AddRange(await PageAsync(query, searched, now, matches, titleOnly: false, Math.Max(0, skip - matches.VisibleInTitle), take - found.Count, cancellationToken));
        }
        return found;
    }

    /// <summary>
    /// The kind's matching items straight from the index, as a subquery EF composes into the caller's query (a list's
    /// word filter and its counts): the kind is the range of rowids its documents have, which FTS5 applies as it reads
    /// each word's list, so no document of another kind, nor the documents themselves, is read.
    /// </summary>
    public override IQueryable<int> MatchingItems(SearchQuery query, string kind)
    {
        if (query.IsEmpty)
        {
            return base.MatchingItems(query, kind);
        }
        var (first, last) = DocumentIds(kind);
        // The index's third column is the kind's name: only a query holding a kind's name as a word must name the
        // columns it reads, which makes FTS5 read the position lists of common words (a word in every document:
        // 2 ms without, 150 ms with, at 50,000 documents).
        var expression = query.Words.Any(IsKind) ? Expression(query) : string.Join(" AND ", query.Clauses.Select(c => $"\"{string.Join(' ', c)}\""));
        return Db.Database.SqlQueryRaw<int>(
            $"SELECT rowid - {{1}} AS \"Value\" FROM \"{IndexTable}\" WHERE \"{IndexTable}\" MATCH {{0}} AND rowid BETWEEN {{1}} AND {{2}}",
            expression, first, last);
    }

    // The expression is built from folded words only (a-z, 0-9), each clause quoted, and kind names (a-z): the
    // reader's text can never become an FTS5 operator. It is passed as a parameter all the same.
    internal static string Expression(SearchQuery query, string? kind = null) => Filtered(kind, "{Title Body}", query);

    internal static string TitleExpression(SearchQuery query, string? kind = null) => Filtered(kind, "Title", query);

    private static string Filtered(string? kind, string columns, SearchQuery query) =>
        (kind is null ? "" : $"Kind : \"{kind}\" AND ") + $"{columns} : ({string.Join(" AND ", query.Clauses.Select(c => $"\"{string.Join(' ', c)}\""))})";

    // Every kind searched: no filter on the kind. One kind of several: that kind's documents only.
    private string? KindFilter(IReadOnlyList<ISearchSource> searched) => searched.Count == _kinds ? null : searched.Single().Kind;

    /// <summary>
    /// What the index finds for the query (anywhere, in the title), and for each searched kind, in the order searched,
    /// how many of its matches are visible and about how many items it has (its highest id), which tells how far a
    /// walk of that kind goes for a page.
    /// </summary>
    private sealed record Matches(Fts5Matches.Found All, Fts5Matches.Found InTitle, IReadOnlyList<KindMatches> Kinds)
    {
        public int Visible => Kinds.Sum(k => k.Visible);

        public int VisibleInTitle => Kinds.Sum(k => k.VisibleInTitle);
    }

    private sealed record KindMatches(int Visible, int VisibleInTitle, int Items);

    /// <summary>The index's version, and for each searched kind its matches that no reader may see yet and its highest item id.</summary>
    private sealed record HiddenMatches(byte[]? Version, int[] Matches, int[] TitleMatches, int[] Items);

    private async Task<Matches> MatchesAsync(SearchQuery query, IReadOnlyList<ISearchSource> searched, DateTime now, CancellationToken cancellationToken)
    {
        var kinds = string.Join(' ', searched.Select(s => s.Kind));
        if (_last is { } last && last.Query == query && last.Kinds == kinds && last.Now == now)
        {
            return last.Matches;
        }
        var hiddenArms = searched.Select((s, j) =>
            $"SELECT {j} AS j, count(*) AS m, coalesce(sum({TitleHolds(query)}), 0) AS t, " +
            $"(SELECT coalesce(max(\"{s.Sql.IdColumn}\"), 0) FROM \"{s.Sql.Table}\") AS n FROM \"{s.Sql.Table}\" AS i CROSS JOIN \"SearchDocuments\" AS d " +
            $"WHERE {s.Sql.Hidden} AND d.\"Id\" = @b{j} + i.\"{s.Sql.IdColumn}\" AND {DocumentHolds(query)}");
        var sql = $"SELECT ({Fts5Matches.VersionSql}) AS \"Version\", j, m, t, n FROM ({string.Join(" UNION ALL ", hiddenArms)})";
        var kind = KindFilter(searched);
        HiddenMatches hidden;
        Fts5Matches.Found all, inTitle;
        do
        {
            // All must be of one state of the index: read again if a save came in between.
            hidden = await ReadAsync(sql, Parameters(query, searched, now), reader =>
            {
                var read = new HiddenMatches(null, new int[searched.Count], new int[searched.Count], new int[searched.Count]);
                while (reader.Read())
                {
                    var j = reader.GetInt32(1);
                    (read.Matches[j], read.TitleMatches[j], read.Items[j]) = (reader.GetInt32(2), reader.GetInt32(3), reader.GetInt32(4));
                    read = read with { Version = reader.IsDBNull(0) ? null : reader.GetFieldValue<byte[]>(0) };
                }
                return read;
            }, cancellationToken);
            all = await found.FindAsync(Db, hidden.Version, Expression(query, kind), cancellationToken);
            inTitle = await found.FindAsync(Db, hidden.Version, TitleExpression(query, kind), cancellationToken);
        }
        while (!SameVersion(all.Version, hidden.Version) || !SameVersion(inTitle.Version, hidden.Version));
        var matches = new Matches(all, inTitle, searched.Select((s, j) => new KindMatches(
            all.Of(s.Number) - hidden.Matches[j], inTitle.Of(s.Number) - hidden.TitleMatches[j], hidden.Items[j])).ToList());
        _last = (query, kinds, now, matches);
        return matches;
    }

    private static bool SameVersion(byte[]? one, byte[]? other) => (one ?? []).AsSpan().SequenceEqual(other ?? []);

    /// <summary>
    /// One page of the visible matches in the title (<paramref name="titleOnly"/>) or elsewhere only, newest first.
    /// For each kind, a walk down its newest visible items or a look-up of its matches, whichever costs less: a kind
    /// with few matches among many items (a word of the news, in the legal documents) is looked up, where walking it
    /// read every one of its items before the page could be merged (1.3 s for "khen thưởng" at 50,000 documents).
    /// </summary>
    private async Task<List<(string, int)>> PageAsync(SearchQuery query, IReadOnlyList<ISearchSource> searched, DateTime now, Matches matches,
        bool titleOnly, int skip, int take, CancellationToken cancellationToken, SearchQuery? exceptPhrase = null)
    {
        var kind = KindFilter(searched);
        var candidates = titleOnly ? matches.InTitle : matches.All;
        var readsIndex = candidates.Ids is null || (!titleOnly && matches.InTitle.Ids is null);
        var parameters = Parameters(query, searched, now);
        parameters.AddRange([new SqliteParameter("@take", take), new SqliteParameter("@skip", skip)]);
        // The title tier without the titles that hold the whole phrase, which came first.
        var notPhrase = exceptPhrase is null ? "" : "AND instr(d.\"Title\", @phrase) = 0 ";
        if (exceptPhrase is not null)
        {
            parameters.Add(new SqliteParameter("@phrase", $" {string.Join(' ', exceptPhrase.Clauses[0])} "));
        }
        string? candidateIds = null, titleIds = null;
        var arms = new List<string>();
        for (var j = 0; j < searched.Count; j++)
        {
            var (source, counts) = (searched[j], matches.Kinds[j]);
            var visible = titleOnly ? counts.VisibleInTitle : counts.Visible - counts.VisibleInTitle;
            if (visible <= 0)
            {
                continue;
            }
            var walked = Math.Min(counts.Items, (skip + take) * (double)counts.Items / visible);
            var sql = source.Sql;
            if ((candidates.Of(source.Number) * LookupCost) + (readsIndex ? matches.All.Of(source.Number) * IndexReadCost : 0) < walked * WalkCost)
            {
                candidateIds ??= Ids(candidates, titleOnly ? TitleExpression(query, kind) : Expression(query, kind), "@candidates", parameters);
                titleIds ??= titleOnly ? "" : Ids(matches.InTitle, TitleExpression(query, kind), "@title", parameters);
                var notInTitle = titleOnly ? "" : $"AND d.\"Id\" NOT IN ({OfKind(titleIds, matches.InTitle, source)}) ";
                arms.Add($"SELECT d.\"Kind\" AS \"Kind\", i.\"{sql.IdColumn}\" AS \"ItemId\", i.\"{sql.DateColumn}\" AS \"PublishedAt\" " +
                    $"FROM \"SearchDocuments\" AS d CROSS JOIN \"{sql.Table}\" AS i NOT INDEXED " +
                    $"WHERE d.\"Id\" IN ({OfKind(candidateIds, candidates, source)}) {notInTitle}{notPhrase}AND d.\"Kind\" = @k{j} AND i.\"{sql.IdColumn}\" = d.\"ItemId\" AND {sql.Visible}");
            }
            else
            {
                var holds = titleOnly ? $"{TitleHolds(query)} {notPhrase}" : $"{DocumentHolds(query)} AND NOT ({TitleHolds(query)})";
                arms.Add($"SELECT d.\"Kind\" AS \"Kind\", i.\"{sql.IdColumn}\" AS \"ItemId\", i.\"{sql.DateColumn}\" AS \"PublishedAt\" " +
                    $"FROM \"{sql.Table}\" AS i {(sql.NewestIndex is null ? "" : $"INDEXED BY \"{sql.NewestIndex}\" ")}CROSS JOIN \"SearchDocuments\" AS d " +
                    $"WHERE {sql.Visible} AND d.\"Id\" = @b{j} + i.\"{sql.IdColumn}\" AND {holds}");
            }
        }
        if (arms.Count == 0)
        {
            return [];
        }
        return await ReadAsync($"{string.Join(" UNION ALL ", arms)} ORDER BY \"PublishedAt\" DESC, \"ItemId\" DESC LIMIT @take OFFSET @skip", parameters, reader =>
        {
            var page = new List<(string, int)>(take);
            while (reader.Read())
            {
                page.Add((reader.GetString(0), reader.GetInt32(1)));
            }
            return page;
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

    /// <summary>The subquery of matches' ids, when it asks the index again, kept to one kind's range of ids (FTS5 skips the rest).</summary>
    private static string OfKind(string ids, Fts5Matches.Found matches, ISearchSource source) => matches.Ids is not null ? ids :
        string.Create(CultureInfo.InvariantCulture, $"{ids} AND rowid BETWEEN {SearchDocument.IdOf(source.Number, 0)} AND {SearchDocument.IdOf(source.Number, 0) + uint.MaxValue}");

    private static string Matching(string expression) =>
        $"SELECT rowid FROM \"{IndexTable}\" WHERE \"{IndexTable}\" MATCH {expression}";

    // A clause " w1 w2 " is in a folded column exactly when FTS5 would match the phrase in it.
    private static string TitleHolds(SearchQuery query) =>
        string.Join(" AND ", query.Clauses.Select((_, i) => $"instr(d.\"Title\", @c{i}) > 0"));

    private static string DocumentHolds(SearchQuery query) =>
        string.Join(" AND ", query.Clauses.Select((_, i) => $"(instr(d.\"Title\", @c{i}) > 0 OR instr(d.\"Body\", @c{i}) > 0)"));

    /// <summary>
    /// The time as <c>@now</c>, each searched kind's name as <c>@k0</c>, <c>@k1</c>... and the first id of its
    /// documents as <c>@b0</c>, <c>@b1</c>... (a walk reads an item's document by its rowid), with its own parameters, and
    /// each clause as <c>@c0</c>, <c>@c1</c>... in its folded form " w1 w2 ".
    /// </summary>
    private static List<object> Parameters(SearchQuery query, IReadOnlyList<ISearchSource> searched, DateTime now)
    {
        var parameters = new List<object> { new SqliteParameter("@now", now) };
        parameters.AddRange(searched.Select((s, j) => new SqliteParameter(string.Create(CultureInfo.InvariantCulture, $"@k{j}"), s.Kind)));
        parameters.AddRange(searched.Select((s, j) => new SqliteParameter(string.Create(CultureInfo.InvariantCulture, $"@b{j}"), SearchDocument.IdOf(s.Number, 0))));
        parameters.AddRange(searched.SelectMany(s => s.Sql.Parameters).Select(p => new SqliteParameter(p.Key, p.Value)));
        parameters.AddRange(query.Clauses.Select((c, i) =>
            new SqliteParameter(string.Create(CultureInfo.InvariantCulture, $"@c{i}"), $" {string.Join(' ', c)} ")));
        return parameters;
    }
}
