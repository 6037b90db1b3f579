using System.Net;
using Xunit.Abstractions;
using System.Text.RegularExpressions;

namespace Portal.Tests.Integration.Caching;

/// <summary>
/// The built portal as its own process, flooded as the outside review flooded it: 20,000 requests, each with
/// something a stranger varies at will (an <c>Accept-Encoding</c> value, some of them 30 KB; a <c>?trang=</c> or
/// <c>?x=</c> on robots.txt, an article and the home page; a Host). Its resident memory stays within the page
/// cache's limit over what it used before, and the home page cached before the flood is still served from the cache.
/// Hosts vary on robots.txt only: a Host the cache does not admit is rendered every time, and a flood of rendered
/// pages would test the processor, not the memory.
/// </summary>
[Trait("Database", "SqliteOnly")] // the page cache is the same on every database; one flood is enough
public sealed partial class AFloodOfDistinctRequestsStaysWithinTheCacheLimit(ITestOutputHelper output) : IDisposable
{
    private const int Requests = 20_000;
    private const int CacheMegabytes = 16;

    // What the process may grow by: the cache's limit (whole pages, keys and their bookkeeping, counted by the
    // store) plus what the runtime keeps between collections of a busy heap (measured at 20-40 MB on a quiet run
    // of the same flood). The unbounded key held 30 KB per robots.txt request: hundreds of megabytes.
    private const long AllowedGrowth = (CacheMegabytes + 80) * 1024L * 1024L;

    private readonly TestDatabase _database = TestDatabase.Create();

    public void Dispose() => _database.Dispose();

    [Fact]
    public async Task TwentyThousandDistinctHeadersQueriesAndHostsLeaveMemoryUnderTheLimitAndTheHomePageCached()
    {
        using var portal = PortalProcess.Start(_database.Settings.Concat(
        [
            new("Portal:Cache:SizeLimitMegabytes", CacheMegabytes.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            // Longer than the flood lasts: the home page must stay because nothing pushed it out, not be re-rendered.
            new("Portal:Cache:MaxAgeSeconds", "900"),
        ]));
        using var client = new HttpClient(new SocketsHttpHandler { UseCookies = false, AllowAutoRedirect = false, MaxConnectionsPerServer = 16 });
        client.DefaultRequestHeaders.UserAgent.ParseAdd(PortalFactory.BrowserUserAgent);
        var watch = System.Diagnostics.Stopwatch.StartNew();
        await portal.WaitUntilServingAsync(client, TimeSpan.FromSeconds(90));
        output.WriteLine($"started {watch.Elapsed}");
        var article = ArticleLink().Match(await client.GetStringAsync(portal.BaseUrl + "/feed.xml")).Groups[1].Value;
        // The same requests as the flood's, but few distinct ones: what the process uses serving normally.
        await FloodAsync(portal, client, article, 2_000, distinct: false);
        await client.WarmAsync(portal.BaseUrl + "/");
        var before = portal.ResidentBytes();
        output.WriteLine($"warmed {watch.Elapsed}");

        var failures = await FloodAsync(portal, client, article, Requests, distinct: true);

        var after = portal.ResidentBytes();
        output.WriteLine($"flooded {watch.Elapsed} {before/1024/1024} -> {after/1024/1024}");
        Assert.Empty(failures);
        Assert.True(after - before < AllowedGrowth,
            $"resident memory grew by {(after - before) / 1024 / 1024} MB (from {before / 1024 / 1024} MB), allowed {AllowedGrowth / 1024 / 1024} MB");
        Assert.True((await client.GetAsync(portal.BaseUrl + "/")).CameFromCache(), "the home page was pushed out of the cache");
    }

    private static async Task<List<string>> FloodAsync(PortalProcess portal, HttpClient client, string article, int count, bool distinct)
    {
        var failures = new List<string>();
        await Parallel.ForEachAsync(Enumerable.Range(0, count), new ParallelOptions { MaxDegreeOfParallelism = 16 }, async (i, cancel) =>
        {
            var n = distinct ? i : i % 3;
            using var request = Request(portal.BaseUrl, article, i % 6, n);
            using var response = await client.SendAsync(request, cancel);
            if (response.StatusCode != HttpStatusCode.OK)
            {
                lock (failures)
                {
                    failures.Add($"{request.RequestUri} ({request.Headers.Host}): {(int)response.StatusCode}");
                }
            }
        });
        return failures;
    }

    private static HttpRequestMessage Request(string baseUrl, string article, int kind, int n)
    {
        var (path, encoding, host) = kind switch
        {
            0 => ("/robots.txt", $"gzip;q=0.{n % 10}, x-{n}-{new string('a', 30_000)}", null),
            1 => ($"{article}?trang={n}", $"br;q=0.{n % 10}, gzip, x-{n}", null),
            2 => ($"{article}?x={n}", $"identity, x-{n}", null),
            3 => ($"/?trang={n}", $"gzip, deflate, br, x-{n}", null),
            4 => ($"/robots.txt?x={n}&trang={n}", "gzip", $"h{n}.example"),
            _ => ($"/?x={n}", $"*;q=0.5, x-{n}", null),
        };
        var request = new HttpRequestMessage(HttpMethod.Get, baseUrl + path);
        request.Headers.TryAddWithoutValidation("Accept-Encoding", encoding);
        if (host is not null)
        {
            request.Headers.Host = host;
        }
        return request;
    }

    [GeneratedRegex(@"<link>https?://[^/<]+(/bai-viet/[^<]+)</link>")]
    private static partial Regex ArticleLink();
}
