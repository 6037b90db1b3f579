using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Portal.Web.Data;

namespace Portal.Web.Search;

/// <summary>
/// FTS5's counts of the documents matching an expression, kept while the index stays as it was: FTS5 rewrites
/// its structure record (row 10 of its <c>_data</c> table) at every change to the index, so that record is
/// part of the key, and a count is never served for an index it was not made from. One per app: counting a
/// common word among 100,000 documents costs milliseconds, too many to pay at every search.
/// </summary>
public sealed class Fts5MatchCounts : IDisposable
{
    /// <summary>The index's version, to read in the same statement as what it goes with.</summary>
    public const string VersionSql = $"SELECT \"block\" FROM \"{Fts5ArticleSearch.IndexTable}_data\" WHERE \"id\" = 10";

    private readonly MemoryCache _counts = new(new MemoryCacheOptions { SizeLimit = 10_000 });

    /// <summary>Counts of the index at <see cref="Version"/>.</summary>
    public sealed record Counted(byte[]? Version, int Matches, int TitleMatches);

    /// <summary>The counts kept for the index at <paramref name="version"/>, or counted now (the index may have moved on since).</summary>
    public async Task<Counted> GetOrCountAsync(PortalDbContext db, byte[]? version, string expression, string titleExpression, CancellationToken cancellationToken)
    {
        if (_counts.TryGetValue(Key(version, expression), out Counted? counted) && counted is not null)
        {
            return counted;
        }
        // The version is read again with the counts, so they are kept under the version they were made from.
        counted = await db.Database.SqlQueryRaw<Counted>(
            $"SELECT ({VersionSql}) AS \"Version\", " +
            $"(SELECT count(*) FROM \"{Fts5ArticleSearch.IndexTable}\" WHERE \"{Fts5ArticleSearch.IndexTable}\" MATCH {{0}}) AS \"Matches\", " +
            $"(SELECT count(*) FROM \"{Fts5ArticleSearch.IndexTable}\" WHERE \"{Fts5ArticleSearch.IndexTable}\" MATCH {{1}}) AS \"TitleMatches\"",
            expression, titleExpression).SingleAsync(cancellationToken);
        _counts.Set(Key(counted.Version, expression), counted, new MemoryCacheEntryOptions { Size = 1, SlidingExpiration = TimeSpan.FromMinutes(10) });
        return counted;
    }

    public void Dispose() => _counts.Dispose();

    private static (string, string) Key(byte[]? version, string expression) => (Convert.ToHexString(version ?? []), expression);
}
