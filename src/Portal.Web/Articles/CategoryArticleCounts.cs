using System.Buffers.Binary;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Portal.Web.Caching;
using Portal.Web.Data;

namespace Portal.Web.Articles;

/// <summary>
/// How many articles of a category citizens may read now, for its pages' "Trang 1 / N". Counting the 52,000 entries of
/// the largest category's index took about 5 ms, most of an uncached category page; the count is kept in the page
/// cache's store under the category's tag, which every save that changes what the category shows evicts, and never
/// past the category's next scheduled publication, when it grows without a save. A count read while an eviction
/// happened is not stored, as a page would not be.
/// </summary>
public sealed class CategoryArticleCounts(PortalDbContext db, TimeProvider time, IOutputCacheStore store,
    PublicPageInvalidation invalidation, IOptions<PageCacheOptions> options, ILogger<CategoryArticleCounts> logger)
{
    public static string StoreKey(int categoryId) => PageCacheTags.Category(categoryId) + ":count";

    public async Task<int> VisibleAsync(int categoryId, CancellationToken cancellationToken = default)
    {
        var key = StoreKey(categoryId);
        if (await store.GetDataAsync(key, logger, cancellationToken) is { Length: sizeof(int) } stored)
        {
            return BinaryPrimitives.ReadInt32LittleEndian(stored);
        }
        var generation = invalidation.Generation;
        var now = time.GetUtcNow().UtcDateTime;
        var inCategory = db.Articles.AsNoTracking().Where(a => a.CategoryId == categoryId);
        var count = await inCategory.Where(ArticleVisibility.VisibleAt(now)).CountAsync(cancellationToken);
        var next = await inCategory.Where(ArticleVisibility.ScheduledAfter(now)).MinAsync(a => a.PublishedAt, cancellationToken);
        var lifetime = TimeSpan.FromSeconds(options.Value.MaxAgeSeconds);
        if (next is { } at && at - now < lifetime)
        {
            lifetime = at - now;
        }
        if (lifetime > TimeSpan.Zero && invalidation.Generation == generation)
        {
            var bytes = new byte[sizeof(int)];
            BinaryPrimitives.WriteInt32LittleEndian(bytes, count);
            await store.SetDataAsync(key, bytes, PageCacheTags.Category(categoryId), lifetime, logger, cancellationToken);
        }
        return count;
    }
}
