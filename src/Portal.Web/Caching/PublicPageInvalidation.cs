using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Portal.Web.Publishing;

namespace Portal.Web.Caching;

/// <summary>
/// Evicts the cached pages a save changes, whoever saves: the newsroom's pages, the commands, the workflow.
/// It asks each kind's <see cref="ICacheTagSource"/> which pages its tracked changes show on, before they are
/// written (so that an article's old and new category and state are both known), and
/// evicts once they are committed: at once without a transaction, at the commit with one. Each eviction moves
/// <see cref="Generation"/> on; a page whose rendering began before it may hold the old data, and the cache
/// policy does not store it.
/// </summary>
public sealed class PublicPageInvalidation(IOutputCacheStore store, IEnumerable<ICacheTagSource> sources, ILogger<PublicPageInvalidation> logger)
    : ISaveChangesInterceptor, IDbTransactionInterceptor
{
    private readonly ConditionalWeakTable<DbContext, HashSet<string>> _pending = [];
    private long _generation;

    /// <summary>How many evictions this server has made; read before a page is rendered and after.</summary>
    public long Generation => Interlocked.Read(ref _generation);

    public ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Collect(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Collect(eventData.Context);
        return result;
    }

    public async ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context?.Database.CurrentTransaction is null)
        {
            await EvictAsync(eventData.Context);
        }
        return result;
    }

    public int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        if (eventData.Context?.Database.CurrentTransaction is null)
        {
            EvictAsync(eventData.Context).AsTask().GetAwaiter().GetResult();
        }
        return result;
    }

    public async Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default) =>
        await EvictAsync(eventData.Context);

    public void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) =>
        EvictAsync(eventData.Context).AsTask().GetAwaiter().GetResult();

    public Task TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Forget(eventData.Context);
        return Task.CompletedTask;
    }

    public void TransactionRolledBack(DbTransaction transaction, TransactionEndEventData eventData) => Forget(eventData.Context);

    /// <summary>The tags of the public pages that show what these tracked entries change, as their kinds say.</summary>
    public IEnumerable<string> TagsOf(IEnumerable<EntityEntry> entries) =>
        entries.Where(e => e.State is not (EntityState.Unchanged or EntityState.Detached))
            .SelectMany(e => sources.SelectMany(source => source.TagsOf(e)));

    private void Collect(DbContext? context)
    {
        if (context is null)
        {
            return;
        }
        var tags = TagsOf(context.ChangeTracker.Entries()).ToList();
        if (tags.Count > 0)
        {
            _pending.GetOrCreateValue(context).UnionWith(tags);
        }
    }

    private void Forget(DbContext? context)
    {
        if (context is not null)
        {
            _pending.Remove(context);
        }
    }

    private async ValueTask EvictAsync(DbContext? context)
    {
        if (context is null || !_pending.TryGetValue(context, out var tags))
        {
            return;
        }
        _pending.Remove(context);
        Interlocked.Increment(ref _generation);
        await EvictAsync(tags);
    }

    private async Task EvictAsync(IEnumerable<string> tags)
    {
        foreach (var tag in tags)
        {
            try
            {
                await store.EvictByTagAsync(tag, CancellationToken.None);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                // The save stands; the cached pages expire within their maximum age.
                logger.LogError(exception, "Could not evict the cached pages tagged {Tag}", tag);
            }
        }
    }
}
