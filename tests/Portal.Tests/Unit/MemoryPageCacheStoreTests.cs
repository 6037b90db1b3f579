using Microsoft.Extensions.Time.Testing;
using Portal.Web.Caching;

namespace Portal.Tests.Unit;

public sealed class MemoryPageCacheStoreTests
{
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 11, 28, 3, 0, 0, TimeSpan.Zero));

    private static byte[] Bytes(int size) => new byte[size];

    [Fact]
    public async Task AnEntryLivesExactlyAsLongAsItWasGiven()
    {
        var store = new MemoryPageCacheStore(_clock, 1_000_000);
        await store.SetAsync("/", Bytes(10), ["site"], TimeSpan.FromSeconds(60), default);

        _clock.Advance(TimeSpan.FromSeconds(59));
        Assert.NotNull(await store.GetAsync("/", default));

        _clock.Advance(TimeSpan.FromSeconds(1));
        Assert.Null(await store.GetAsync("/", default));
        Assert.Equal(0, store.Size);
        Assert.Equal(0, store.Count);
    }

    [Fact]
    public async Task EvictingATagRemovesOnlyTheEntriesThatCarryIt()
    {
        var store = new MemoryPageCacheStore(_clock, 1_000_000);
        await store.SetAsync("/bai-viet/1", Bytes(10), ["site", "article:1", "category:2"], TimeSpan.FromMinutes(1), default);
        await store.SetAsync("/bai-viet/2", Bytes(10), ["site", "article:2", "category:3"], TimeSpan.FromMinutes(1), default);
        await store.SetAsync("/chuyen-muc/a", Bytes(10), ["site", "category:2"], TimeSpan.FromMinutes(1), default);

        await store.EvictByTagAsync("category:2", default);

        Assert.Null(await store.GetAsync("/bai-viet/1", default));
        Assert.Null(await store.GetAsync("/chuyen-muc/a", default));
        Assert.NotNull(await store.GetAsync("/bai-viet/2", default));
        Assert.Equal(MemoryPageCacheStore.Cost("/bai-viet/2", Bytes(10), ["site", "article:2", "category:3"]), store.Size);

        await store.EvictByTagAsync("site", default);
        Assert.Equal(0, store.Count);
        Assert.Equal(0, store.Size);
    }

    [Fact]
    public async Task ReplacingAnEntryCountsItsSizeOnceAndKeepsItsTagsCurrent()
    {
        var store = new MemoryPageCacheStore(_clock, 1_000_000);
        await store.SetAsync("/", Bytes(100), ["site", "listings"], TimeSpan.FromMinutes(1), default);
        await store.SetAsync("/", Bytes(40), ["site"], TimeSpan.FromMinutes(1), default);

        Assert.Equal(MemoryPageCacheStore.Cost("/", Bytes(40), ["site"]), store.Size);
        await store.EvictByTagAsync("listings", default);
        Assert.NotNull(await store.GetAsync("/", default));
        await store.EvictByTagAsync("site", default);
        Assert.Null(await store.GetAsync("/", default));
    }

    [Fact]
    public async Task PastItsLimitTheStoreDropsExpiredEntriesThenThoseClosestToExpiry()
    {
        // Entries of 1,000 bytes each (page, key, tag and overhead); ten of them and a little more fill the limit.
        var page = Bytes(1_000 - MemoryPageCacheStore.EntryOverhead - (2 * "/0site".Length));
        var store = new MemoryPageCacheStore(_clock, 10_100);
        for (var i = 0; i < 9; i++)
        {
            await store.SetAsync($"/{i}", page, ["site"], TimeSpan.FromSeconds(10 + i), default);
        }
        Assert.Equal(9_000, store.Size);

        await store.SetAsync("/new", page, ["site"], TimeSpan.FromSeconds(60), default);
        await store.SetAsync("/newer", page, ["site"], TimeSpan.FromSeconds(60), default);

        Assert.True(store.Size <= 10_100 * 8 / 10, $"{store.Size} bytes held");
        Assert.Null(await store.GetAsync("/0", default));
        Assert.NotNull(await store.GetAsync("/newer", default));
        Assert.NotNull(await store.GetAsync("/new", default));
        Assert.NotNull(await store.GetAsync("/8", default));
    }

    [Fact]
    public async Task AnEntryWithoutTimeToLiveOrLargerThanATenthOfTheLimitIsNotKept()
    {
        var store = new MemoryPageCacheStore(_clock, 10_000);
        await store.SetAsync("/expired", Bytes(10), [], TimeSpan.Zero, default);
        await store.SetAsync("/huge", Bytes(1_001), [], TimeSpan.FromMinutes(1), default);

        Assert.Equal(0, store.Count);
    }

    [Fact]
    public async Task ConcurrentReadersWritersAndEvictionsKeepTheAccountsExact()
    {
        var store = new MemoryPageCacheStore(_clock, 100_000_000);
        await Task.WhenAll(Enumerable.Range(0, 8).Select(worker => Task.Run(async () =>
        {
            for (var i = 0; i < 2_000; i++)
            {
                var key = $"/{i % 50:00}";
                await store.SetAsync(key, Bytes(100), ["site", $"t{i % 7}"], TimeSpan.FromMinutes(1), default);
                await store.GetAsync(key, default);
                if (i % 13 == 0)
                {
                    await store.EvictByTagAsync($"t{worker % 7}", default);
                }
            }
        })));

        Assert.Equal(store.Count * MemoryPageCacheStore.Cost("/00", Bytes(100), ["site", "t0"]), store.Size);
        await store.EvictByTagAsync("site", default);
        Assert.Equal(0, store.Count);
        Assert.Equal(0, store.Size);
    }

    [Fact]
    public async Task LongKeysCountAgainstTheLimitAsMuchAsThePagesDo()
    {
        var store = new MemoryPageCacheStore(_clock, 100_000);
        for (var i = 0; i < 100; i++)
        {
            // A tiny page under a key of 1,000 characters, as a junk header once made: 2 KB held, not 1 byte.
            await store.SetAsync($"/robots.txt{i:000}{new string('a', 986)}", Bytes(1), ["site"], TimeSpan.FromMinutes(1), default);
        }

        Assert.True(store.Size <= 100_000, $"{store.Size} bytes held");
        Assert.InRange(store.Count, 1, 100_000 / 2_000);
    }

    [Fact]
    public async Task ExpiredEntriesAreSweptWithoutBeingReadAgain()
    {
        using var store = new MemoryPageCacheStore(_clock, 1_000_000, sweepInterval: TimeSpan.FromSeconds(30));
        for (var i = 0; i < 10; i++)
        {
            await store.SetAsync($"/{i}", Bytes(1_000), ["site"], TimeSpan.FromSeconds(20), default);
        }
        await store.SetAsync("/", Bytes(1_000), ["site"], TimeSpan.FromMinutes(5), default);

        _clock.Advance(TimeSpan.FromSeconds(30));

        Assert.Equal(1, store.Count);
        Assert.Equal(MemoryPageCacheStore.Cost("/", Bytes(1_000), ["site"]), store.Size);
        Assert.NotNull(await store.GetAsync("/", default));
    }
}
