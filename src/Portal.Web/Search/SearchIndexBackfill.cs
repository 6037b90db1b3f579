using Microsoft.EntityFrameworkCore;
using Portal.Web.Data;

namespace Portal.Web.Search;

/// <summary>
/// Indexes the articles that have no search document yet: those written before search existed, or by a tool
/// that went around the portal. Runs at start-up; nothing to do on an index in step.
/// </summary>
public sealed class SearchIndexBackfill(PortalDbContext db, IArticleSearch search, ILogger<SearchIndexBackfill> logger)
{
    private const int BatchSize = 500;

    public async Task IndexMissingAsync(CancellationToken cancellationToken = default)
    {
        // Documents are deleted with their article, so equal counts mean none is missing: two index-only counts
        // instead of a search through every row, which at 100,000 articles took seconds at each start.
        if (await db.ArticleSearchDocuments.CountAsync(cancellationToken) >= await db.Articles.CountAsync(cancellationToken))
        {
            return;
        }
        var indexed = 0;
        while (true)
        {
            var batch = await db.Articles.Where(a => !db.ArticleSearchDocuments.Any(d => d.ArticleId == a.Id))
                .OrderBy(a => a.Id).Take(BatchSize).ToListAsync(cancellationToken);
            if (batch.Count == 0)
            {
                break;
            }
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            await search.IndexNewAsync(batch, cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            db.ChangeTracker.Clear();
            indexed += batch.Count;
        }
        if (indexed > 0)
        {
            logger.LogInformation("Search: indexed {Count} article(s) that had no search document", indexed);
        }
    }
}
