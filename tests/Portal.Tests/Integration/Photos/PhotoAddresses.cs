using System.Net;
using System.Net.Http.Headers;
using Portal.Tests.Builders;
using Portal.Tests.Integration.Caching;
using Portal.Web.Media;

namespace Portal.Tests.Integration.Photos;

/// <summary>/anh/...: 404 for anything that is not a stored variant. The tests only read, so they share one app.</summary>
public sealed class AddressesOfNoStoredVariant(PortalFixture fixture) : IClassFixture<PortalFixture>
{
    [Theory]
    [InlineData("/anh/0123456789abcdef0123456789abcdef.jpg")]       // well formed, not stored
    [InlineData("/anh/0123456789ABCDEF0123456789ABCDEF.jpg")]
    [InlineData("/anh/0123456789abcdef.jpg")]
    [InlineData("/anh/0123456789abcdef0123456789abcdef.png")]
    [InlineData("/anh/0123456789abcdef0123456789abcdef.JPG")]
    [InlineData("/anh/0123456789abcdef0123456789abcdef")]
    [InlineData("/anh/..%2f..%2fportal.db.jpg")]
    [InlineData("/anh/%2e%2e.jpg")]
    [InlineData("/anh/")]
    public async Task AnythingButAStoredVariantIsA404(string path)
    {
        using var browser = fixture.Factory.CreateBrowser();
        var response = await browser.GetAsync(path);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}

/// <summary>/anh/{hash}.jpg|.webp: the other format's extension, the cache headers, HEAD, 304, the page cache.</summary>
public sealed class PhotoAddresses : IDisposable
{
    private readonly PortalFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task AVariantUnderTheOtherFormatsExtensionIsA404()
    {
        var photo = await _factory.UploadedAsync(TestImages.Jpeg(400, 300));
        var webp = photo.Variants.First(v => v.Format == PhotoVariant.Webp);
        using var browser = _factory.CreateBrowser();

        Assert.Equal(HttpStatusCode.NotFound, (await browser.GetAsync($"/anh/{webp.Hash}.jpg")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync($"/anh/{webp.Hash}.webp")).StatusCode);
    }

    [Fact]
    public async Task HeadAndConditionalRequestsAnswerWithoutTheBody()
    {
        var photo = await _factory.UploadedAsync(TestImages.Jpeg(400, 300));
        var jpeg = photo.Variants.First(v => v.Format == PhotoVariant.Jpeg);
        using var browser = _factory.CreateBrowser();

        var head = await browser.SendAsync(new HttpRequestMessage(HttpMethod.Head, PhotoUrls.Variant(jpeg)));
        Assert.Equal(HttpStatusCode.OK, head.StatusCode);
        Assert.Equal("image/jpeg", head.Content.Headers.ContentType?.MediaType);
        Assert.Equal(jpeg.Length, head.Content.Headers.ContentLength);
        Assert.Equal(PhotoEndpoints.CacheControl, head.Headers.CacheControl?.ToString());
        Assert.Empty(await head.Content.ReadAsByteArrayAsync());

        var conditional = new HttpRequestMessage(HttpMethod.Get, PhotoUrls.Variant(jpeg));
        conditional.Headers.IfNoneMatch.Add(new EntityTagHeaderValue($"\"{jpeg.Hash}\""));
        var notModified = await browser.SendAsync(conditional);
        Assert.Equal(HttpStatusCode.NotModified, notModified.StatusCode);
        Assert.Empty(await notModified.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task ServedFromThePageCacheUntilThePhotoIsDeleted()
    {
        var photo = await _factory.UploadedAsync(TestImages.Jpeg(400, 300));
        var url = PhotoUrls.Variant(photo.Variants[0]);
        using var browser = _factory.CreateBrowser();

        Assert.False((await browser.GetAsync(url)).CameFromCache());
        var again = await browser.GetAsync(url);
        Assert.True(again.CameFromCache());
        Assert.Equal(PhotoEndpoints.CacheControl, again.Headers.CacheControl?.ToString());

        (await _factory.WithLibraryAsync(l => l.DeleteAsync(photo.Id, "Biên tập viên"))).Saved();
        Assert.Equal(0, await _factory.PhotoBlobsAsync());
        Assert.Equal(HttpStatusCode.NotFound, (await browser.GetAsync(url)).StatusCode);
    }
}
