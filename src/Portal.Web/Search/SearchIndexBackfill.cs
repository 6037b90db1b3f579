using Microsoft.EntityFrameworkCore;
using Portal.Web.Data;

namespace Portal.Web.Search;

/// <summary>
/// Indexes the items of every kind that have no search document yet: those written before search existed, or by a
/// tool that went around the portal. Runs at start-up; nothing to do on an index in step.
/// </summary>
public sealed class SearchIndexBackfill(PortalDbContext db, ISearch search, IEnumerable<ISearchSource> sources, ILogger<SearchIndexBackfill> logger)
{
    private const int BatchSize = 500;

    public async Task IndexMissingAsync(CancellationToken cancellationToken = default)
    {
        foreach (var source in sources)
        {
            await IndexMissingAsync(source, cancellationToken);
        }
    }

    private async Task IndexMissingAsync(ISearchSource source, CancellationToken cancellationToken)
    {
        var kind = source.Kind;
        // Documents are deleted with their item, so equal counts mean none is missing: two index-only counts
        // instead of a search through every row, which at 100,000 articles took seconds at each start.
        if (await db.SearchDocuments.CountAsync(d => d.Kind == kind, cancellationToken) >= await source.Ids().CountAsync(cancellationToken))
        {
            return;
        }
        var indexed = 0;
        while (true)
        {
            var batch = await source.Ids().Where(id => !db.SearchDocuments.Any(d => d.Kind == kind && d.ItemId == id))
                .OrderBy(id => id).Take(BatchSize).ToListAsync(cancellationToken);
            if (batch.Count == 0)
            {
                break;
            }
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            await search.IndexNewAsync(kind, await source.DocumentsAsync(batch, cancellationToken), cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            db.ChangeTracker.Clear();
            indexed += batch.Count;
        }
        if (indexed > 0)
        {
            logger.LogInformation("Search: indexed {Count} item(s) of kind {Kind} that had no search document", indexed, kind);
        }
    }
}
