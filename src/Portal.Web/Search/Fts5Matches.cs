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
    public const string VersionSql = $"SELECT \"block\" FROM \"{Fts5ArticleSearch.IndexTable}_data\" WHERE \"id\" = 10";

    private const string Match = $"SELECT rowid FROM \"{Fts5ArticleSearch.IndexTable}\" WHERE \"{Fts5ArticleSearch.IndexTable}\" MATCH {{0}}";

    // Sized by ids held: at most about 40 MB.
    private readonly MemoryCache _found = new(new MemoryCacheOptions { SizeLimit = 10_000_000 });

    /// <summary>The documents matching in the index at <see cref="Version"/>: how many, and which when no more than <see cref="KeptIds"/>.</summary>
    public sealed record Found(byte[]? Version, int Count, IReadOnlyList<int>? Ids);

    private sealed record Row(byte[]? Version, int Count, string Ids);

    /// <summary>What was found in the index at <paramref name="version"/>, or it is found now (the index may have moved on since).</summary>
    public async Task<Found> FindAsync(PortalDbContext db, byte[]? version, string expression, CancellationToken cancellationToken)
    {
        if (_found.TryGetValue(Key(version, expression), out Found? found) && found is not null)
        {
            return found;
        }
        // One statement, so what is kept is kept under the version it was found in.
        var row = (await db.Database.SqlQueryRaw<Row>(
            $"SELECT ({VersionSql}) AS \"Version\", (SELECT count(*) FROM ({Match})) AS \"Count\", " +
            $"(SELECT json_group_array(rowid) FROM ({Match} LIMIT {{1}})) AS \"Ids\"",
            expression, KeptIds + 1).ToListAsync(cancellationToken))[0];
        found = new Found(row.Version, row.Count, row.Count <= KeptIds ? JsonSerializer.Deserialize<int[]>(row.Ids) : null);
        _found.Set(Key(found.Version, expression), found,
            new MemoryCacheEntryOptions { Size = 1 + (found.Ids?.Count ?? 0), SlidingExpiration = TimeSpan.FromMinutes(10) });
        return found;
    }

    public void Dispose() => _found.Dispose();

    private static (string, string) Key(byte[]? version, string expression) => (Convert.ToHexString(version ?? []), expression);
}
