using System.Collections.Concurrent;
using Microsoft.AspNetCore.OutputCaching;

namespace Portal.Web.Caching;

/// <summary>
/// The output cache's store on one server: entries in memory, expiring on the portal's own clock (so a test
/// clock moves them too), evicted by tag, and bounded in size. Reads take no lock; writes, which happen only
/// when a page is rendered, take one.
/// </summary>
public sealed class MemoryPageCacheStore(TimeProvider time, long sizeLimitBytes) : IOutputCacheStore
{
    private sealed record Entry(byte[] Value, DateTimeOffset Expires, string[] Tags);

    private readonly ConcurrentDictionary<string, Entry> _entries = new(StringComparer.Ordinal);
    private readonly Dictionary<string, HashSet<string>> _keysByTag = new(StringComparer.Ordinal);
    private readonly Lock _writeLock = new();
    private long _size;

    /// <summary>Bytes held, for tests and diagnostics.</summary>
    public long Size => Interlocked.Read(ref _size);

    public int Count => _entries.Count;

    public ValueTask<byte[]?> GetAsync(string key, CancellationToken cancellationToken)
    {
        if (!_entries.TryGetValue(key, out var entry))
        {
            return ValueTask.FromResult<byte[]?>(null);
        }
        if (entry.Expires > time.GetUtcNow())
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
        if (validFor <= TimeSpan.Zero || value.LongLength > sizeLimitBytes / 10)
        {
            return ValueTask.CompletedTask;
        }
        var entry = new Entry(value, time.GetUtcNow() + validFor, tags ?? []);
        lock (_writeLock)
        {
            if (_entries.TryGetValue(key, out var previous))
            {
                RemoveIfSame(key, previous);
            }
            _entries[key] = entry;
            Interlocked.Add(ref _size, value.LongLength);
            foreach (var tag in entry.Tags)
            {
                if (!_keysByTag.TryGetValue(tag, out var keys))
                {
                    _keysByTag[tag] = keys = new HashSet<string>(StringComparer.Ordinal);
                }
                keys.Add(key);
            }
            if (_size > sizeLimitBytes)
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

    // Called under the write lock. Expired entries go first, then those closest to expiry, down to 80 % of the limit.
    private void Compact()
    {
        var now = time.GetUtcNow();
        foreach (var (key, entry) in _entries)
        {
            if (entry.Expires <= now)
            {
                RemoveIfSame(key, entry);
            }
        }
        if (_size <= sizeLimitBytes * 8 / 10)
        {
            return;
        }
        foreach (var (key, entry) in _entries.OrderBy(e => e.Value.Expires).ToList())
        {
            RemoveIfSame(key, entry);
            if (_size <= sizeLimitBytes * 8 / 10)
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
        Interlocked.Add(ref _size, -entry.Value.LongLength);
        foreach (var tag in entry.Tags)
        {
            if (_keysByTag.TryGetValue(tag, out var keys) && keys.Remove(key) && keys.Count == 0)
            {
                _keysByTag.Remove(tag);
            }
        }
    }
}
