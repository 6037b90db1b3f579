using System.Net;
using Microsoft.EntityFrameworkCore;
using Portal.Tests.Builders;
using Portal.Tests.Integration.Caching;
using Portal.Web.Publishing;

namespace Portal.Tests.Integration.LegalDocuments;

/// <summary>
/// The document pages, the unfiltered list and the feeds come from the page cache; a filtered list is rendered each
/// time (its free text is in no key); publishing or changing a document evicts what shows it at once.
/// </summary>
public sealed class DocumentPagesAreCached : IDisposable
{
    private readonly PortalFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task PagesListAndFeedsComeFromTheCacheAndFilteredListsNever()
    {
        var lists = await _factory.AddDocumentListsAsync("bn");
        var (id, slug) = await _factory.AddDocumentAsync(new TestDocument { Number = "401/2024/QĐ-BN", Lists = lists });
        using var reader = _factory.CreateBrowser();

        foreach (var address in new[] { $"/van-ban/{id}/{slug}", $"/van-ban/{id}/{slug}/ban-in", "/van-ban", "/van-ban/feed.xml", $"/van-ban/co-quan/{lists.IssuerSlug}/feed.xml" })
        {
            await reader.WarmAsync(address);
        }
        var first = await reader.GetAsync($"/van-ban?co-quan={lists.IssuerId}");
        var second = await reader.GetAsync($"/van-ban?co-quan={lists.IssuerId}");
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.False(second.CameFromCache());
        // Nor does a filtered list take the unfiltered page's place in the cache, or the other way round.
        Assert.Contains("401/2024/QĐ-BN", await second.Content.ReadAsStringAsync());
        Assert.DoesNotContain("Bỏ mọi bộ lọc", await reader.GetStringAsync("/van-ban"));
    }

    [Fact]
    public async Task PublishingADocumentEvictsTheListTheFeedsAndTheRelatedPages()
    {
        var lists = await _factory.AddDocumentListsAsync("xb");
        var (target, targetSlug) = await _factory.AddDocumentAsync(new TestDocument { Number = "411/2020/QĐ-XB", Lists = lists, IssuedOn = new(2020, 1, 1) });
        var (draft, draftSlug) = await _factory.AddDocumentAsync(new TestDocument
        {
            Number = "412/2026/QĐ-XB", Lists = lists, IssuedOn = new(2026, 11, 20), Status = PublicationStatus.Draft, PublishedAt = null,
            Acts = [(Portal.Web.LegalDocuments.RelationKind.Replaces, target)],
        });
        using var reader = _factory.CreateBrowser();
        Assert.DoesNotContain("412/2026/QĐ-XB", await reader.WarmAsync("/van-ban"));
        Assert.DoesNotContain("412/2026/QĐ-XB", await reader.WarmAsync("/van-ban/feed.xml"));
        Assert.DoesNotContain("412/2026/QĐ-XB", await reader.WarmAsync($"/van-ban/{target}/{targetSlug}"));
        Assert.DoesNotContain("412/2026/QĐ-XB", await reader.WarmAsync("/sitemap.xml"));

        await _factory.WithDbAsync(async db =>
        {
            var document = await db.LegalDocuments.SingleAsync(d => d.Id == draft);
            document.Status = PublicationStatus.Published;
            document.PublishedAt = PortalFactory.Now.UtcDateTime.AddMinutes(-1);
            return await db.SaveChangesAsync();
        });

        foreach (var address in new[] { "/van-ban", "/van-ban/feed.xml", $"/van-ban/{target}/{targetSlug}", "/sitemap.xml" })
        {
            var response = await reader.GetAsync(address);
            Assert.False(response.CameFromCache(), $"{address} still came from the cache");
            Assert.Contains(address == "/sitemap.xml" ? $"/van-ban/{draft}/{draftSlug}" : "412/2026/QĐ-XB", await response.Content.ReadAsStringAsync());
        }
    }

    [Fact]
    public async Task ADraftsChangeEvictsNothing()
    {
        var lists = await _factory.AddDocumentListsAsync("nh");
        var (draft, _) = await _factory.AddDocumentAsync(new TestDocument { Number = "421/2024/QĐ-NH", Lists = lists, Status = PublicationStatus.Draft, PublishedAt = null });
        using var reader = _factory.CreateBrowser();
        await reader.WarmAsync("/van-ban");

        await _factory.WithDbAsync(async db =>
        {
            (await db.LegalDocuments.SingleAsync(d => d.Id == draft)).Abstract = "Đã sửa";
            return await db.SaveChangesAsync();
        });

        Assert.True((await reader.GetAsync("/van-ban")).CameFromCache());
    }
}
