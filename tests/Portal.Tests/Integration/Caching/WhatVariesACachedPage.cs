using System.Net;
using Portal.Web.Caching;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.DependencyInjection;

namespace Portal.Tests.Integration.Caching;

/// <summary>The key holds what changes a page (page number, language, compression) and nothing a stranger can vary at will.</summary>
[Trait("Database", "SqliteOnly")] // a cache key is made of the request, whatever the database
public sealed class WhatVariesACachedPage : IDisposable
{
    private readonly PortalFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    private MemoryPageCacheStore Store => (MemoryPageCacheStore)_factory.Services.GetRequiredService<IOutputCacheStore>();

    [Fact]
    public async Task EachLanguageHasItsOwnCachedPage()
    {
        using var vietnamese = _factory.CreateBrowser();
        using var english = _factory.CreateBrowser();
        await english.GetAsync("/ngon-ngu/en?returnUrl=/");

        var vi = await vietnamese.WarmAsync("/");
        var en = await english.WarmAsync("/");

        Assert.Contains("lang=\"vi\"", vi);
        Assert.Contains(">English</a>", vi);
        Assert.DoesNotContain(">English</a>", en);
        Assert.Contains(">English</a>", await vietnamese.GetStringAsync("/"));
    }

    [Fact]
    public async Task EachPageNumberHasItsOwnCachedPage()
    {
        await _factory.PublishTwoPagesOfNewsAsync();
        using var citizen = _factory.CreateBrowser();
        var first = await citizen.WarmAsync("/chuyen-muc/tin-tuc-su-kien");
        var second = await citizen.WarmAsync("/chuyen-muc/tin-tuc-su-kien?trang=2");

        Assert.NotEqual(first, second);
        var withTracking = await citizen.GetAsync("/chuyen-muc/tin-tuc-su-kien?utm_source=zalo");
        Assert.True(withTracking.CameFromCache());
        Assert.Equal(first, await withTracking.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task CompressedAndPlainCopiesAreKeptApart()
    {
        using var plain = _factory.CreateBrowser();
        using var brotli = _factory.CreateBrowser();
        brotli.DefaultRequestHeaders.AcceptEncoding.ParseAdd("br");
        await plain.WarmAsync("/");
        await brotli.WarmAsync("/");

        var compressed = await brotli.GetAsync("/");
        var uncompressed = await plain.GetAsync("/");

        Assert.Equal("br", Assert.Single(compressed.Content.Headers.ContentEncoding));
        Assert.Empty(uncompressed.Content.Headers.ContentEncoding);
        Assert.Contains("<html", await uncompressed.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task OtherQueryStringsShareTheEntryAndAddNothing()
    {
        using var citizen = _factory.CreateBrowser();
        await citizen.WarmAsync("/");
        var entries = Store.Count;

        for (var i = 0; i < 50; i++)
        {
            var response = await citizen.GetAsync($"/?utm_source=zalo&n={i}");
            Assert.True(response.CameFromCache());
        }

        Assert.Equal(entries, Store.Count);
    }

    [Fact]
    public async Task ARedirectToTheCanonicalAddressIsNotStored()
    {
        using var citizen = _factory.CreateBrowser();
        var (id, address, _, _) = await _factory.NewestArticleAsync();

        var wrongSlug = await citizen.GetAsync($"/bai-viet/{id}/mot-ten-cu");
        var again = await citizen.GetAsync($"/bai-viet/{id}/mot-ten-cu");

        Assert.Equal(HttpStatusCode.MovedPermanently, again.StatusCode);
        Assert.False(again.CameFromCache());
        Assert.Equal(address, again.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.MovedPermanently, wrongSlug.StatusCode);
    }

    [Fact]
    public async Task SearchIsNotCached()
    {
        using var citizen = _factory.CreateBrowser();
        await citizen.GetAsync("/search?q=t%E1%BB%89nh");

        Assert.False((await citizen.GetAsync("/search?q=t%E1%BB%89nh")).CameFromCache());
    }
}

/// <summary>An error answer never enters the page cache. The tests only read, so they share one app.</summary>
public sealed class ErrorAnswersAreNeverCached(PortalFixture fixture) : IClassFixture<PortalFixture>
{
    [Theory]
    [InlineData("/chuyen-muc/tin-tuc-su-kien?trang=abc", HttpStatusCode.BadRequest)]
    [InlineData("/chuyen-muc/tin-tuc-su-kien?trang=0", HttpStatusCode.BadRequest)]
    [InlineData("/chuyen-muc/tin-tuc-su-kien?trang=99999", HttpStatusCode.NotFound)]
    [InlineData("/chuyen-muc/khong-co", HttpStatusCode.NotFound)]
    [InlineData("/bai-viet/999999/khong-co", HttpStatusCode.NotFound)]
    [InlineData("/bai-viet/abc", HttpStatusCode.NotFound)]
    [InlineData("/trang/khong-co", HttpStatusCode.NotFound)]
    [InlineData("/sitemap-999.xml", HttpStatusCode.NotFound)]
    public async Task ErrorsAreNeverStored(string url, HttpStatusCode status)
    {
        using var citizen = fixture.Factory.CreateBrowser();
        var store = (MemoryPageCacheStore)fixture.Factory.Services.GetRequiredService<IOutputCacheStore>();
        var entries = store.Count;

        for (var i = 0; i < 3; i++)
        {
            var response = await citizen.GetAsync(url);
            Assert.Equal(status, response.StatusCode);
            Assert.False(response.CameFromCache());
        }

        Assert.Equal(entries, store.Count);
    }
}
