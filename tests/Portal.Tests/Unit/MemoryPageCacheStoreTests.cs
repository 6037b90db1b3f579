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
        Assert.Equal(10, store.Size);

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

        Assert.Equal(40, store.Size);
        await store.EvictByTagAsync("listings", default);
        Assert.NotNull(await store.GetAsync("/", default));
        await store.EvictByTagAsync("site", default);
        Assert.Null(await store.GetAsync("/", default));
    }

    [Fact]
    public async Task PastItsLimitTheStoreDropsExpiredEntriesThenThoseClosestToExpiry()
    {
        var store = new MemoryPageCacheStore(_clock, 10_000);
        for (var i = 0; i < 9; i++)
        {
            await store.SetAsync($"/{i}", Bytes(1_000), ["site"], TimeSpan.FromSeconds(10 + i), default);
        }
        Assert.Equal(9_000, store.Size);

        await store.SetAsync("/new", Bytes(1_000), ["site"], TimeSpan.FromSeconds(60), default);
        await store.SetAsync("/newer", Bytes(1_000), ["site"], TimeSpan.FromSeconds(60), default);

        Assert.True(store.Size <= 8_000, $"{store.Size} bytes held");
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
                var key = $"/{i % 50}";
                await store.SetAsync(key, Bytes(100), ["site", $"t{i % 7}"], TimeSpan.FromMinutes(1), default);
                await store.GetAsync(key, default);
                if (i % 13 == 0)
                {
                    await store.EvictByTagAsync($"t{worker % 7}", default);
                }
            }
        })));

        Assert.Equal(store.Count * 100L, store.Size);
        await store.EvictByTagAsync("site", default);
        Assert.Equal(0, store.Count);
        Assert.Equal(0, store.Size);
    }
}
