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
    private const string Version = $"SELECT \"block\" FROM \"{Fts5ArticleSearch.IndexTable}_data\" WHERE \"id\" = 10";

    private readonly MemoryCache _counts = new(new MemoryCacheOptions { SizeLimit = 10_000 });

    public sealed record Counted(int Matches, int TitleMatches);

    private sealed record VersionedCounts(byte[]? Version, int Matches, int TitleMatches);

    public async Task<Counted> GetOrCountAsync(PortalDbContext db, string expression, string titleExpression, CancellationToken cancellationToken)
    {
        var version = await db.Database.SqlQueryRaw<byte[]>($"SELECT ({Version}) AS \"Value\"").ToListAsync(cancellationToken);
        if (_counts.TryGetValue(Key(version.FirstOrDefault(), expression), out Counted? counted) && counted is not null)
        {
            return counted;
        }
        // One statement reads the version and counts, so the counts are kept under the version they were made from.
        var fresh = await db.Database.SqlQueryRaw<VersionedCounts>(
            $"SELECT ({Version}) AS \"Version\", " +
            $"(SELECT count(*) FROM \"{Fts5ArticleSearch.IndexTable}\" WHERE \"{Fts5ArticleSearch.IndexTable}\" MATCH {{0}}) AS \"Matches\", " +
            $"(SELECT count(*) FROM \"{Fts5ArticleSearch.IndexTable}\" WHERE \"{Fts5ArticleSearch.IndexTable}\" MATCH {{1}}) AS \"TitleMatches\"",
            expression, titleExpression).SingleAsync(cancellationToken);
        counted = new Counted(fresh.Matches, fresh.TitleMatches);
        _counts.Set(Key(fresh.Version, expression), counted, new MemoryCacheEntryOptions { Size = 1, SlidingExpiration = TimeSpan.FromMinutes(10) });
        return counted;
    }

    public void Dispose() => _counts.Dispose();

    private static (string, string) Key(byte[]? version, string expression) => (Convert.ToHexString(version ?? []), expression);
}
