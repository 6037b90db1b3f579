using System.Net;
using System.Net.Http.Headers;
using System.Text.RegularExpressions;

namespace Portal.Tests.Integration;

/// <summary>
/// Light pages: compressed, small, their assets versioned. (The year-long immutable caching of versioned assets
/// comes from the publish manifest; a build run, as here, serves them with no-cache. PublishedAssetsTests checks the manifest.)
/// </summary>
public sealed partial class PageWeightTests(PageWeightTests.Fixture fixture) : IClassFixture<PageWeightTests.Fixture>
{
    public sealed class Fixture : IDisposable
    {
        public PortalFactory Factory { get; } = new();

        public void Dispose() => Factory.Dispose();
    }

    private readonly PortalFactory _factory = fixture.Factory;

    [Theory]
    [InlineData("/")]
    [InlineData("/chuyen-muc/hoat-dong-so-ban-nganh")]
    [InlineData("/bai-viet/25/hoi-nghi-truc-tuyen-tong-ket-cong-tac-dan-van-toan-quoc-nam-2018")]
    [InlineData("/search?q=dan+van")]
    [InlineData("/feed.xml")]
    public async Task PagesAreCompressedAndUnderSixtyKilobytes(string path)
    {
        using var browser = Compressing();

        var response = await browser.GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(response.Content.Headers.ContentEncoding, e => e is "br" or "gzip");
        Assert.True((await response.Content.ReadAsByteArrayAsync()).Length < 60 * 1024);
    }

    [Fact]
    public async Task TheNewsroomIsNotCompressed()
    {
        using var browser = Compressing();

        var response = await browser.GetAsync("/admin/account/login");

        Assert.Empty(response.Content.Headers.ContentEncoding);
    }

    [Fact]
    public async Task StylesAndScriptsAreVersionedCompressedAndSmall()
    {
        using var browser = Compressing();
        using var plain = _factory.CreateBrowser();
        var assets = AssetRegex().Matches(await plain.GetStringAsync("/")).Select(m => m.Groups[1].Value).Distinct().ToList();

        Assert.Contains(assets, a => a.EndsWith(".css", StringComparison.Ordinal));
        Assert.Contains(assets, a => a.EndsWith(".js", StringComparison.Ordinal));
        foreach (var asset in assets)
        {
            Assert.Matches("\\.[a-z0-9]{8,}\\.(css|js|svg)$", asset);
            var response = await browser.GetAsync(asset);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var size = (await response.Content.ReadAsByteArrayAsync()).Length;
            if (asset.EndsWith(".css", StringComparison.Ordinal))
            {
                Assert.Contains(response.Content.Headers.ContentEncoding, e => e is "br" or "gzip");
                Assert.True(size < 30 * 1024, $"{asset}: {size} bytes");
            }
            if (asset.EndsWith(".js", StringComparison.Ordinal))
            {
                Assert.True(size < 20 * 1024, $"{asset}: {size} bytes");
            }
        }
    }

    private HttpClient Compressing()
    {
        var client = _factory.CreateBrowser();
        client.DefaultRequestHeaders.AcceptEncoding.Add(new StringWithQualityHeaderValue("br"));
        client.DefaultRequestHeaders.AcceptEncoding.Add(new StringWithQualityHeaderValue("gzip"));
        return client;
    }

    [GeneratedRegex("(?:href|src)=\"(/(?:css|js|img)/[^\"]+)\"")]
    private static partial Regex AssetRegex();
}
