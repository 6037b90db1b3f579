using System.Net;
using Microsoft.EntityFrameworkCore;
using Portal.Tests.Integration.Caching;

namespace Portal.Tests.Integration.PublicAddresses;

/// <summary>
/// With <c>Portal:PublicUrl</c> set, every absolute address the portal writes (canonical, og:url, og:image,
/// JSON-LD, the e-mail button, the printed address, feeds, sitemap, robots.txt) is under it, whatever Host the
/// request named: a request to <c>Host: evil.example</c> cannot put that name in a page, a feed or the cache.
/// </summary>
public sealed class EveryAbsoluteAddressIsThePublicUrl(EveryAbsoluteAddressIsThePublicUrl.Fixture fixture)
    : IClassFixture<EveryAbsoluteAddressIsThePublicUrl.Fixture>
{
    /// <summary>A public address written with a trailing slash; the newest article with a cover photo.</summary>
    public sealed class Fixture : IAsyncLifetime
    {
        public const string PublicUrl = "https://portal.example.gov.vn";

        public PortalFactory Factory { get; } = new() { Settings = { ["Portal:PublicUrl"] = PublicUrl + "/" } };

        /// <summary>The newest article's address.</summary>
        public string Article { get; private set; } = "";

        public async Task InitializeAsync()
        {
            var cover = await Factory.AddPhotoAsync("Quang cảnh hội nghị");
            var (id, address, _, _) = await Factory.NewestArticleAsync();
            await Factory.WithDbAsync(async db =>
            {
                (await db.Articles.SingleAsync(a => a.Id == id)).CoverPhotoId = cover.Id;
                return await db.SaveChangesAsync();
            });
            Article = address;
        }

        public Task DisposeAsync()
        {
            Factory.Dispose();
            return Task.CompletedTask;
        }
    }

    [Theory]
    [InlineData("/", 2)]
    [InlineData("/chuyen-muc/tin-tuc-su-kien", 2)]
    [InlineData("{article}", 7)]
    [InlineData("{article}/ban-in", 2)]
    [InlineData("/trang/gioi-thieu", 2)]
    [InlineData("/search?q=t%E1%BB%89nh", 2)]
    [InlineData("/khong-co-trang-nay", 2)]
    [InlineData("/feed.xml", 42)]
    [InlineData("/chuyen-muc/tin-tuc-su-kien/feed.xml", 12)]
    [InlineData("/sitemap.xml", 20)]
    [InlineData("/sitemap-0.xml", 6)]
    [InlineData("/robots.txt", 1)]
    public async Task ARequestToAnyHostGetsOnlyThePublicAddress(string path, int atLeast)
    {
        path = path.Replace("{article}", fixture.Article, StringComparison.Ordinal);
        using var client = fixture.Factory.CreateBrowser();

        foreach (var host in new[] { "evil.example", "localhost" })
        {
            var response = await client.SendAsync(new HttpRequestMessage(HttpMethod.Get, $"http://{host}{path}"));
            var body = await response.Content.ReadAsStringAsync();

            Assert.True(response.IsSuccessStatusCode || response.StatusCode == HttpStatusCode.NotFound, $"{host}{path}: {response.StatusCode}");
            var own = OwnAddresses.In(response.Content.Headers.ContentType!.MediaType!, body);
            Assert.True(own.Count >= atLeast, $"{host}{path}: {own.Count} addresses of its own, {atLeast} expected");
            Assert.All(own, a => Assert.True(a.Address.StartsWith(Fixture.PublicUrl + "/", StringComparison.Ordinal),
                $"{host}{path}, {a.Where}: {a.Address}"));
            Assert.DoesNotContain("evil.example", body, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("localhost", body, StringComparison.OrdinalIgnoreCase);
        }
    }

    [Fact]
    public async Task TheArticleNamesItselfOnceUnderThePublicAddress()
    {
        using var client = fixture.Factory.CreateBrowser();

        var own = OwnAddresses.In("text/html", await client.GetStringAsync("http://evil.example" + fixture.Article));

        var url = Fixture.PublicUrl + fixture.Article;
        Assert.Equal(["canonical", "og:url", "JSON-LD url", "JSON-LD mainEntityOfPage", "e-mail body"], own.Where(a => a.Address == url).Select(a => a.Where));
        Assert.All(own.Where(a => a.Where.EndsWith("image", StringComparison.Ordinal)), a => Assert.StartsWith(Fixture.PublicUrl + "/anh/", a.Address, StringComparison.Ordinal));
    }
}
