using System.Net;
using System.ServiceModel.Syndication;
using System.Xml;
using System.Xml.Linq;
using Portal.Tests.Builders;
using Portal.Web.Publishing;

namespace Portal.Tests.Integration.LegalDocuments;

/// <summary>The documents' feeds (site-wide and per issuer), the site's feed and the sitemap list published documents, never drafts.</summary>
public sealed class DocumentFeedsAndSitemapTests : IDisposable
{
    private static readonly XNamespace Sitemap = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private readonly PortalFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task TheFeedsListTheNewestDocumentsAndAnIssuersFeedItsOwnOnly()
    {
        var lists = await _factory.AddDocumentListsAsync("rss");
        var other = await _factory.AddDocumentListsAsync("rsskhac");
        await _factory.AddDocumentAsync(new TestDocument { Number = "501/2024/QĐ-RSS", Lists = lists, Abstract = "Quy định về nước sạch nông thôn", PublishedAt = PortalFactory.Now.UtcDateTime.AddMinutes(-5) });
        await _factory.AddDocumentAsync(new TestDocument { Number = "502/2024/QĐ-RSSKHAC", Lists = other, PublishedAt = PortalFactory.Now.UtcDateTime.AddMinutes(-4) });
        await _factory.AddDocumentAsync(new TestDocument { Number = "503/2024/QĐ-RSS", Lists = lists, Status = PublicationStatus.Draft, PublishedAt = null });
        using var reader = _factory.CreateBrowser();

        var all = SyndicationFeed.Load(XmlReader.Create(await reader.GetStreamAsync("/van-ban/feed.xml"))).Items.ToList();
        Assert.Equal(["502/2024/QĐ-RSSKHAC", "501/2024/QĐ-RSS"], all.Take(2).Select(i => i.Title.Text.Split(' ')[^1]));
        Assert.Equal("Quy định về nước sạch nông thôn", all[1].Summary.Text);
        Assert.StartsWith("http://localhost/van-ban/", all[1].Links[0].Uri.ToString());

        var own = SyndicationFeed.Load(XmlReader.Create(await reader.GetStreamAsync($"/van-ban/co-quan/{lists.IssuerSlug}/feed.xml"))).Items.ToList();
        Assert.Equal(["501/2024/QĐ-RSS"], own.Select(i => i.Title.Text.Split(' ')[^1]));
        Assert.Equal(HttpStatusCode.NotFound, (await reader.GetAsync("/van-ban/co-quan/khong-co/feed.xml")).StatusCode);

        var site = await reader.GetStringAsync("/feed.xml");
        Assert.Contains("502/2024/QĐ-RSSKHAC", site);
        Assert.DoesNotContain("503/2024/QĐ-RSS", site);
        Assert.DoesNotContain("503/2024/QĐ-RSS", await reader.GetStringAsync("/van-ban/feed.xml"));
    }

    [Fact]
    public async Task TheSitemapHasTheListAndEveryPublishedDocumentButNoDraftNorScheduledOne()
    {
        var lists = await _factory.AddDocumentListsAsync("sm");
        var (published, slug) = await _factory.AddDocumentAsync(new TestDocument { Number = "511/2024/QĐ-SM", Lists = lists });
        var (draft, draftSlug) = await _factory.AddDocumentAsync(new TestDocument { Number = "512/2024/QĐ-SM", Lists = lists, Status = PublicationStatus.Draft, PublishedAt = null });
        var (later, laterSlug) = await _factory.AddDocumentAsync(new TestDocument { Number = "513/2024/QĐ-SM", Lists = lists, PublishedAt = PortalFactory.Now.UtcDateTime.AddDays(1) });
        using var reader = _factory.CreateBrowser();

        var locations = XDocument.Parse(await reader.GetStringAsync("/sitemap.xml")).Root!.Elements(Sitemap + "url")
            .Select(u => u.Element(Sitemap + "loc")!.Value).ToList();

        Assert.Contains("http://localhost/van-ban", locations);
        Assert.Contains($"http://localhost/van-ban/{published}/{slug}", locations);
        Assert.DoesNotContain($"http://localhost/van-ban/{draft}/{draftSlug}", locations);
        Assert.DoesNotContain($"http://localhost/van-ban/{later}/{laterSlug}", locations);
    }
}
