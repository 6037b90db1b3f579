using System.Net;

namespace Portal.Tests.Integration.Caching;

/// <summary>
/// Values a stranger varies at will add no entry: any Accept-Encoding (one of three in the key), a page number on
/// a page that does not page, an address written another way (leading zeros, a trailing slash). The outside
/// review's repro: requests for one article with ever new <c>?trang=</c> values pushed the home page out.
/// </summary>
public sealed class OnlyWhatChangesAPageEntersItsKey : IDisposable
{
    private readonly PortalFactory _factory = new() { Settings = { ["Portal:Cache:SizeLimitMegabytes"] = "2" } };

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task DistinctAcceptEncodingsOfAnyLengthMakeAtMostThreeEntries()
    {
        using var citizen = _factory.CreateBrowser();
        await citizen.WarmAsync("/robots.txt");
        var entries = _factory.PageCache().Count;

        for (var i = 0; i < 60; i++)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, "/robots.txt");
            request.Headers.TryAddWithoutValidation("Accept-Encoding", i % 2 == 0 ? $"gzip;q=0.{i % 9 + 1}, x-{i}-{new string('a', 30_000)}" : $"br, x-{i}");
            Assert.Equal(HttpStatusCode.OK, (await citizen.SendAsync(request)).StatusCode);
        }

        Assert.InRange(_factory.PageCache().Count, entries, entries + 2);
    }

    [Fact]
    public async Task TheCompressionSentIsTheOneInTheKeyEvenWhereTheStockChoiceDiffers()
    {
        using var citizen = _factory.CreateBrowser();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/");
        // Brotli refused, anything else welcome: RFC 9110 says gzip (the stock middleware would send Brotli).
        request.Headers.TryAddWithoutValidation("Accept-Encoding", "br;q=0, *");

        var response = await citizen.SendAsync(request);

        Assert.Equal("gzip", Assert.Single(response.Content.Headers.ContentEncoding));
    }

    [Fact]
    public async Task PageNumbersOnAnArticleAddNothingAndLeaveTheHomePageCached()
    {
        using var citizen = _factory.CreateBrowser();
        var (_, article, _, _) = await _factory.NewestArticleAsync();
        await citizen.WarmAsync("/");
        await citizen.WarmAsync(article);
        var entries = _factory.PageCache().Count;

        for (var i = 0; i < 300; i++)
        {
            var response = await citizen.GetAsync($"{article}?trang={i}&x={i}");
            Assert.True(response.CameFromCache(), $"{article}?trang={i} was rendered again");
        }
        foreach (var other in new[] { "/?trang=2", "/robots.txt?trang=3", "/feed.xml?trang=4", "/trang/gioi-thieu?trang=5" })
        {
            await citizen.GetAsync(other.Split('?')[0]);
            Assert.True((await citizen.GetAsync(other)).CameFromCache(), $"{other} did not share its page's entry");
        }

        Assert.Equal(entries + 3, _factory.PageCache().Count);
        Assert.True((await citizen.GetAsync("/")).CameFromCache(), "the home page was pushed out of the cache");
    }

    [Fact]
    public async Task OnACategoryPageTheNumberIsKeptAsANumber()
    {
        await _factory.PublishTwoPagesOfNewsAsync();
        using var citizen = _factory.CreateBrowser();
        await citizen.WarmAsync("/chuyen-muc/tin-tuc-su-kien");
        await citizen.WarmAsync("/chuyen-muc/tin-tuc-su-kien?trang=2");
        var entries = _factory.PageCache().Count;

        Assert.True((await citizen.GetAsync("/chuyen-muc/tin-tuc-su-kien?trang=1")).CameFromCache());
        Assert.True((await citizen.GetAsync("/chuyen-muc/tin-tuc-su-kien?trang=0002")).CameFromCache());
        Assert.Equal(HttpStatusCode.BadRequest, (await citizen.GetAsync("/chuyen-muc/tin-tuc-su-kien?trang=2&trang=3")).StatusCode);
        Assert.Equal(entries, _factory.PageCache().Count);
    }

    [Theory]
    [InlineData("/bai-viet/{0}/{1}/")]
    [InlineData("/bai-viet/000{0}/{1}")]
    [InlineData("/bai-viet/+{0}/{1}")]
    [InlineData("/sitemap-00.xml")]
    public async Task AnAddressWrittenAnotherWayIsServedButNotStored(string template)
    {
        using var citizen = _factory.CreateBrowser();
        var (id, address, _, _) = await _factory.NewestArticleAsync();
        var url = string.Format(System.Globalization.CultureInfo.InvariantCulture, template, id, address.Split('/')[^1]);
        var entries = _factory.PageCache().Count;

        for (var i = 0; i < 3; i++)
        {
            var response = await citizen.GetAsync(url);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.False(response.CameFromCache());
        }

        Assert.Equal(entries, _factory.PageCache().Count);
    }
}
