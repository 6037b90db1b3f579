using System.Collections.Concurrent;
using Microsoft.AspNetCore.OutputCaching;

namespace Portal.Web.Caching;

/// <summary>
/// The output cache's store on one server: entries in memory, expiring on the portal's own clock (so a test
/// clock moves them too), evicted by tag, and bounded in size. The size counts all an entry holds: the page, its
/// key and tags (strings of two bytes a character) and a fixed overhead for the bookkeeping. Expired entries are
/// swept every <c>sweepInterval</c>, whether or not they are read again. Reads take no lock; writes, which
/// happen only when a page is rendered, take one.
/// </summary>
public sealed class MemoryPageCacheStore : IOutputCacheStore, IDisposable
{
    /// <summary>An entry's share of the dictionaries, the tag sets and the objects around the page, in bytes.</summary>
    public const int EntryOverhead = 256;

    public static readonly TimeSpan DefaultSweepInterval = TimeSpan.FromSeconds(30);

    private sealed record Entry(byte[] Value, DateTimeOffset Expires, string[] Tags, long Cost);

    private readonly ConcurrentDictionary<string, Entry> _entries = new(StringComparer.Ordinal);
    private readonly Dictionary<string, HashSet<string>> _keysByTag = new(StringComparer.Ordinal);
    private readonly Lock _writeLock = new();
    private readonly TimeProvider _time;
    private readonly long _sizeLimitBytes;
    private readonly ITimer _sweeper;
    private long _size;

    public MemoryPageCacheStore(TimeProvider time, long sizeLimitBytes, TimeSpan? sweepInterval = null)
    {
        (_time, _sizeLimitBytes) = (time, sizeLimitBytes);
        var every = sweepInterval ?? DefaultSweepInterval;
        _sweeper = time.CreateTimer(_ => Sweep(), null, every, every);
    }

    /// <summary>Bytes held, counted as <see cref="Cost"/>, for tests and diagnostics.</summary>
    public long Size => Interlocked.Read(ref _size);

    /// <summary>What an entry counts against the limit.</summary>
    public static long Cost(string key, byte[] value, string[] tags) =>
        value.LongLength + (2L * key.Length) + tags.Sum(t => 2L * t.Length) + EntryOverhead;

    /// <summary>Pages held; data kept beside them (<see cref="CachedData"/>) is not counted.</summary>
    public int Count => _entries.Keys.Count(k => !k.StartsWith(CachedData.KeyPrefix, StringComparison.Ordinal));

    public ValueTask<byte[]?> GetAsync(string key, CancellationToken cancellationToken)
    {
        if (!_entries.TryGetValue(key, out var entry))
        {
            return ValueTask.FromResult<byte[]?>(null);
        }
        if (entry.Expires > _time.GetUtcNow())
        {
            return ValueTask.FromResult<byte[]?>(entry.Value);
        }
        lock (_writeLock)
        {
            RemoveIfSame(key, entry);
        }
        return ValueTask.FromResult<byte[]?>(null);
    }

    public ValueTask SetAsync(string key, byte[] value, string[]? tags, TimeSpan validFor, CancellationToken cancellationToken)
    {
        tags ??= [];
        var cost = Cost(key, value, tags);
        if (validFor <= TimeSpan.Zero || cost > _sizeLimitBytes / 10)
        {
            return ValueTask.CompletedTask;
        }
        var entry = new Entry(value, _time.GetUtcNow() + validFor, tags, cost);
        lock (_writeLock)
        {
            if (_entries.TryGetValue(key, out var previous))
            {
                RemoveIfSame(key, previous);
            }
            _entries[key] = entry;
            Interlocked.Add(ref _size, cost);
            foreach (var tag in entry.Tags)
            {
                if (!_keysByTag.TryGetValue(tag, out var keys))
                {
                    _keysByTag[tag] = keys = new HashSet<string>(StringComparer.Ordinal);
                }
                keys.Add(key);
            }
            if (_size > _sizeLimitBytes)
            {
                Compact();
            }
        }
        return ValueTask.CompletedTask;
    }

    public ValueTask EvictByTagAsync(string tag, CancellationToken cancellationToken)
    {
        lock (_writeLock)
        {
            if (_keysByTag.Remove(tag, out var keys))
            {
                foreach (var key in keys)
                {
                    if (_entries.TryGetValue(key, out var entry))
                    {
                        RemoveIfSame(key, entry);
                    }
                }
            }
        }
        return ValueTask.CompletedTask;
    }

    public void Dispose() => _sweeper.Dispose();

    /// <summary>Drops every expired entry; the timer calls it, so memory is given back without a read or a write.</summary>
    public void Sweep()
    {
        lock (_writeLock)
        {
            RemoveExpired();
        }
    }

    // Called under the write lock.
    private void RemoveExpired()
    {
        var now = _time.GetUtcNow();
        foreach (var (key, entry) in _entries)
        {
            if (entry.Expires <= now)
            {
                RemoveIfSame(key, entry);
            }
        }
    }

    // Called under the write lock. Expired entries go first, then those closest to expiry, down to 80 % of the limit.
    private void Compact()
    {
        RemoveExpired();
        if (_size <= _sizeLimitBytes * 8 / 10)
        {
            return;
        }
        foreach (var (key, entry) in _entries.OrderBy(e => e.Value.Expires).ToList())
        {
            RemoveIfSame(key, entry);
            if (_size <= _sizeLimitBytes * 8 / 10)
            {
                return;
            }
        }
    }

    // Called under the write lock.
    private void RemoveIfSame(string key, Entry entry)
    {
        if (!_entries.TryRemove(new KeyValuePair<string, Entry>(key, entry)))
        {
            return;
        }
        Interlocked.Add(ref _size, -entry.Cost);
        foreach (var tag in entry.Tags)
        {
            if (_keysByTag.TryGetValue(tag, out var keys) && keys.Remove(key) && keys.Count == 0)
            {
                _keysByTag.Remove(tag);
            }
        }
    }
}
