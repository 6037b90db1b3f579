using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Portal.Web.Data;

namespace Portal.Web.Search;

/// <summary>
/// What FTS5 finds for an expression: how many documents match and, when they are few, which. Kept while the
/// index stays as it was: FTS5 rewrites its structure record (row 10 of its <c>_data</c> table) at every
/// change to the index, so that record is part of the key, and nothing is served for an index it was not
/// found in. One per app: counting a common word among 100,000 documents, or finding the few titles holding
/// two common words (FTS5 reads every document holding them to check the column), costs milliseconds.
/// </summary>
public sealed class Fts5Matches : IDisposable
{
    /// <summary>Up to this many matches, their ids are kept too.</summary>
    public const int KeptIds = 2_000;

    /// <summary>The index's version, to read in the same statement as what it goes with.</summary>
    public const string VersionSql = $"SELECT \"block\" FROM \"{Fts5Search.IndexTable}_data\" WHERE \"id\" = 10";

    private const string Match = $"SELECT rowid FROM \"{Fts5Search.IndexTable}\" WHERE \"{Fts5Search.IndexTable}\" MATCH {{0}}";

    /// <summary>An expression longer than this is answered but not kept (a query of 1,000 characters makes about 1,300).</summary>
    public const int MaxKeptExpressionLength = 2_000;

    /// <summary>An entry's objects around its key and ids, in bytes.</summary>
    public const int EntryOverhead = 200;

    // Sized in bytes: the key (the expression and the index's version, two bytes a character), the version's
    // bytes, eight bytes an id, and the overhead. A no-match entry for a long query is then some 3 KB, not 1 unit.
    private readonly MemoryCache _found = new(new MemoryCacheOptions { SizeLimit = 40_000_000, TrackStatistics = true });

    /// <summary>Bytes held, as <see cref="Size"/> counts them, for tests and diagnostics.</summary>
    public long Held => _found.GetCurrentStatistics()?.CurrentEstimatedSize ?? 0;

    /// <summary>
    /// The documents matching in the index at <see cref="Version"/>: how many of each kind (by its number), and which
    /// when no more than <see cref="KeptIds"/>.
    /// </summary>
    public sealed record Found(byte[]? Version, IReadOnlyDictionary<int, int> ByKind, IReadOnlyList<long>? Ids)
    {
        public int Count { get; } = ByKind.Values.Sum();

        public int Of(int kindNumber) => ByKind.GetValueOrDefault(kindNumber);
    }

    private sealed record Row(byte[]? Version, string Kinds, string Ids);

    /// <summary>What was found in the index at <paramref name="version"/>, or it is found now (the index may have moved on since).</summary>
    public async Task<Found> FindAsync(PortalDbContext db, byte[]? version, string expression, CancellationToken cancellationToken)
    {
        if (_found.TryGetValue(Key(version, expression), out Found? found) && found is not null)
        {
            return found;
        }
        // One statement, so what is kept is kept under the version it was found in.
        // A document's kind is the high half of its id (SearchDocument.IdOf): the counts by kind come from the same read.
        var row = (await db.Database.SqlQueryRaw<Row>(
            $"SELECT ({VersionSql}) AS \"Version\", " +
            $"(SELECT json_group_object(k, n) FROM (SELECT rowid >> 32 AS k, count(*) AS n FROM ({Match}) GROUP BY k)) AS \"Kinds\", " +
            $"(SELECT json_group_array(rowid) FROM ({Match} LIMIT {{1}})) AS \"Ids\"",
            expression, KeptIds + 1).ToListAsync(cancellationToken))[0];
        var byKind = (JsonSerializer.Deserialize<Dictionary<string, int>>(row.Kinds) ?? [])
            .ToDictionary(k => int.Parse(k.Key, System.Globalization.CultureInfo.InvariantCulture), k => k.Value);
        found = new Found(row.Version, byKind, byKind.Values.Sum() <= KeptIds ? JsonSerializer.Deserialize<long[]>(row.Ids) : null);
        if (expression.Length <= MaxKeptExpressionLength)
        {
            var key = Key(found.Version, expression);
            _found.Set(key, found, new MemoryCacheEntryOptions { Size = Size(key, found), SlidingExpiration = TimeSpan.FromMinutes(10) });
        }
        return found;
    }

    /// <summary>What an entry counts against the limit, in bytes.</summary>
    public static long Size((string Version, string Expression) key, Found found) =>
        (2L * (key.Version.Length + key.Expression.Length)) + (found.Version?.Length ?? 0) + (8L * (found.Ids?.Count ?? 0)) + (16L * found.ByKind.Count) + EntryOverhead;

    public void Dispose() => _found.Dispose();

    private static (string, string) Key(byte[]? version, string expression) => (Convert.ToHexString(version ?? []), expression);
}
