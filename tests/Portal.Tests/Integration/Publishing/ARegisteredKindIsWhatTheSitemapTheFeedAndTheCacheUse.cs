using System.Xml.Linq;
using Microsoft.Extensions.DependencyInjection;
using Portal.Tests.Integration.Caching;
using Portal.Web.Feeds;

namespace Portal.Tests.Integration.Publishing;

/// <summary>
/// The sitemap, the site's feed and the page cache ask the registered kinds, not a list of their own: a kind
/// registered through its setup is listed, fed, scheduled and evicted without any of them being edited.
/// </summary>
public sealed class ARegisteredKindIsWhatTheSitemapTheFeedAndTheCacheUse : IDisposable
{
    private static readonly XNamespace Sitemap = SitemapXml.Namespace;

    private readonly PortalFactory _factory = new() { TestServices = TestKind.AddTo };

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task ItsSectionAndItemsAreInTheSitemapAfterTheArticles()
    {
        using var reader = _factory.CreateBrowser();

        var locations = XDocument.Parse(await reader.GetStringAsync("/sitemap.xml")).Descendants(Sitemap + "loc").Select(l => l.Value).ToList();

        Assert.Contains("http://localhost" + TestKind.Section, locations);
        Assert.Equal(TestKind.Items.Select(i => "http://localhost" + i), locations.TakeLast(2));
        Assert.Contains(locations, l => l.StartsWith("http://localhost/bai-viet/", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ItsNewestItemLeadsTheSiteFeedByItsTime()
    {
        using var reader = _factory.CreateBrowser();

        var items = XDocument.Parse(await reader.GetStringAsync("/feed.xml")).Descendants("item").ToList();

        Assert.Equal(TestKind.Title, items[0].Element("title")!.Value);
        Assert.Equal("http://localhost" + TestKind.Items[0], items[0].Element("link")!.Value);
        Assert.StartsWith("http://localhost/bai-viet/", items[1].Element("link")!.Value, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ItsNextPublicationEndsTheLifeOfAPageCachedBeforeIt()
    {
        _factory.Services.GetRequiredService<TestKind.Schedule>().Next = _factory.Clock.GetUtcNow().UtcDateTime.AddSeconds(30);
        using var reader = _factory.CreateBrowser();
        await reader.WarmAsync("/");

        _factory.Clock.Advance(TimeSpan.FromSeconds(29));
        Assert.True((await reader.GetAsync("/")).CameFromCache());
        _factory.Clock.Advance(TimeSpan.FromSeconds(1));

        Assert.False((await reader.GetAsync("/")).CameFromCache(), "the home page outlived the kind's scheduled publication");
    }

    [Fact]
    public async Task ASaveEvictsTheTagsItsSourceGivesAndNoOther()
    {
        var categoryId = await _factory.CategoryIdAsync("tin-tuc-su-kien");
        var store = _factory.PageCache();
        await store.SetAsync("kind-page", [1], [TestKind.TagOf(categoryId)], TimeSpan.FromMinutes(1), CancellationToken.None);
        await store.SetAsync("other-kind-page", [2], [TestKind.TagOf(categoryId + 1)], TimeSpan.FromMinutes(1), CancellationToken.None);

        await _factory.WithDbAsync(async db =>
        {
            (await db.Categories.FindAsync(categoryId))!.Name = "Tin tức";
            return await db.SaveChangesAsync();
        });

        Assert.Null(await store.GetAsync("kind-page", CancellationToken.None));
        Assert.NotNull(await store.GetAsync("other-kind-page", CancellationToken.None));
    }
}
