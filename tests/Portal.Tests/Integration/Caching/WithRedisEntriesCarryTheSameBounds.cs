using StackExchange.Redis;

namespace Portal.Tests.Integration.Caching;

/// <summary>
/// With the shared Redis cache (<c>Portal:Cache:Redis</c>) the keys are the same bounded ones as in memory, and
/// every key the cache writes expires on its own: a flood of distinct headers and query strings adds no key, and
/// none outlives the pages' maximum age. What bounds Redis's memory beyond that is its own maxmemory setting.
/// </summary>
[Trait("Needs", "Redis")] // a redis-server of its own, which only the full ./test.sh installs
public sealed class WithRedisEntriesCarryTheSameBounds : IAsyncLifetime, IDisposable
{
    private RedisServer _redis = null!;
    private PortalFactory _factory = null!;

    public async Task InitializeAsync()
    {
        _redis = await RedisServer.StartAsync();
        _factory = new PortalFactory { Settings = { ["Portal:Cache:Redis"] = _redis.ConnectionString } };
    }

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose()
    {
        _factory?.Dispose();
        _redis?.Dispose();
    }

    [Fact]
    public async Task DistinctHeadersAndQueriesAddNoKeyAndEveryKeyExpires()
    {
        using var citizen = _factory.CreateBrowser();
        var (_, article, _, _) = await _factory.NewestArticleAsync();
        await citizen.WarmAsync(article);
        using var redis = await ConnectionMultiplexer.ConnectAsync(_redis.ConnectionString);
        var before = await HeldAsync(redis);

        for (var i = 0; i < 100; i++)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, $"{article}?trang={i}&x={i}");
            request.Headers.TryAddWithoutValidation("Accept-Encoding", $"x-{i}-{new string('a', 10_000)}");
            Assert.True((await citizen.SendAsync(request)).CameFromCache());
        }

        var after = await HeldAsync(redis);
        Assert.Equal((before.Pages, before.TaggedKeys), (after.Pages, after.TaggedKeys));
        Assert.All(after.PageLifetimes, ttl => Assert.True(ttl is { } left && left <= TimeSpan.FromSeconds(60), $"a page lives {ttl?.ToString() ?? "for ever"}"));
    }

    // The pages (__MSOCV_ keys, each with its time to live) and the tags' sorted sets of page keys (__MSOCT_, kept
    // by the store, whose collection drops members past their expiry): how many of each.
    private static async Task<(int Pages, long TaggedKeys, List<TimeSpan?> PageLifetimes)> HeldAsync(ConnectionMultiplexer redis)
    {
        var server = redis.GetServer(redis.GetEndPoints()[0]);
        var database = redis.GetDatabase();
        var pages = server.Keys(pattern: "portal:__MSOCV_*").ToList();
        long tagged = 0;
        foreach (var tag in server.Keys(pattern: "portal:__MSOCT_*"))
        {
            tagged += await database.SortedSetLengthAsync(tag);
        }
        var lifetimes = new List<TimeSpan?>();
        foreach (var page in pages)
        {
            lifetimes.Add(await database.KeyTimeToLiveAsync(page));
        }
        return (pages.Count, tagged, lifetimes);
    }
}
