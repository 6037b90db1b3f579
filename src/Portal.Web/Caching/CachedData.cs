using Microsoft.AspNetCore.OutputCaching;

namespace Portal.Web.Caching;

/// <summary>
/// Data a page is made of, kept in the page cache's store beside the pages and evicted by the same tags: one
/// eviction, in the shared store on every server. The store may be away (Redis down): then the data is read from
/// the database as if it had never been kept, and the page is still served, as the output cache serves pages.
/// </summary>
public static class CachedData
{
    /// <summary>The start of every data key: no page's key starts so (<see cref="MemoryPageCacheStore.Count"/> leaves them out).</summary>
    public const string KeyPrefix = "data:";

    public static async ValueTask<byte[]?> GetDataAsync(this IOutputCacheStore store, string key, ILogger logger, CancellationToken cancellationToken)
    {
        try
        {
            return await store.GetAsync(KeyPrefix + key, cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            logger.LogDebug(exception, "The page cache's store could not be read for {Key}", key);
            return null;
        }
    }

    public static async ValueTask SetDataAsync(this IOutputCacheStore store, string key, byte[] value, string tag, TimeSpan validFor, ILogger logger, CancellationToken cancellationToken)
    {
        try
        {
            await store.SetAsync(KeyPrefix + key, value, [tag], validFor, cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            logger.LogDebug(exception, "The page cache's store could not keep {Key}", key);
        }
    }
}
