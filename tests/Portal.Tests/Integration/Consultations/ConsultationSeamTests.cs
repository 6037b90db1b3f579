using System.Net;
using System.Xml.Linq;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Tests.Builders;
using Portal.Web.Consultations;
using Portal.Web.Data;
using Portal.Web.Publishing;

namespace Portal.Tests.Integration.Consultations;

/// <summary>
/// Consultations on the seam: in the sitemap and the site's feed when visible (never a draft), found by search with
/// <c>loai=gop-y</c>, and a published comment evicting the consultation's cached page and the list.
/// </summary>
public sealed class ConsultationSeamTests : IDisposable
{
    private static readonly XNamespace Sitemap = "http://www.sitemaps.org/schemas/sitemap/0.9";

    private readonly PortalFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task TheSitemapAndTheSiteFeedListVisibleConsultationsOnly()
    {
        var visible = await _factory.AddConsultationAsync(new PublishedTestConsultation { Title = "Dự thảo trong sơ đồ trang Xylo", PublishedAt = PortalFactory.Now.UtcDateTime.AddMinutes(-1) });
        var draft = await _factory.AddConsultationAsync(new PublishedTestConsultation { Title = "Dự thảo nháp Xylo", Status = PublicationStatus.Draft, PublishedAt = null });
        var reader = _factory.CreateBrowser();

        var locations = XDocument.Parse(await reader.GetStringAsync("/sitemap.xml")).Root!.Elements(Sitemap + "url")
            .Select(u => new Uri(u.Element(Sitemap + "loc")!.Value).AbsolutePath).ToList();
        Assert.Contains(visible.Path, locations);
        Assert.Contains("/gop-y-du-thao", locations);
        Assert.DoesNotContain(draft.Path, locations);

        var feed = await reader.GetStringAsync("/feed.xml");
        Assert.Contains(visible.Title, feed);
        Assert.Contains(visible.Path, feed);
        Assert.DoesNotContain(draft.Title, feed);
    }

    [Fact]
    public async Task SearchFindsAConsultationByItsExplanationAndItsDraftsTextAndFiltersByKind()
    {
        var consultation = await _factory.AddConsultationAsync(new PublishedTestConsultation
        {
            Title = "Dự thảo quy định về bến khách ngang sông",
            Explanation = "Lấy ý kiến về đò Quớtzy.",
            PdfFiles = [("Dự thảo bến khách.pdf", "Điều 5. Phao cứu sinh Lozbyx cho mỗi hành khách.")],
        });
        var draft = await _factory.AddConsultationAsync(new PublishedTestConsultation { Title = "Dự thảo nháp đò Quớtzy", Status = PublicationStatus.Draft, PublishedAt = null });
        var browser = _factory.CreateBrowser();

        var byExplanation = await browser.GetStringAsync("/search?q=quotzy&loai=gop-y");
        var byFile = await browser.GetStringAsync("/search?q=lozbyx");
        var asDocuments = await browser.GetStringAsync("/search?q=quotzy&loai=van-ban");

        Assert.Contains(consultation.Path, byExplanation);
        Assert.Contains("Góp ý dự thảo · ", byExplanation);
        Assert.DoesNotContain(draft.Path, byExplanation);
        Assert.Contains(consultation.Path, byFile);
        Assert.DoesNotContain(consultation.Path, asDocuments);
        Assert.Contains("<option value=\"gop-y\"", byExplanation);
        Assert.Equal(HttpStatusCode.BadRequest, (await browser.GetAsync("/search?q=quotzy&loai=gop-y&loai=van-ban")).StatusCode);
    }

    [Fact]
    public async Task APublishedCommentEvictsTheClosedConsultationsPageAndTheList()
    {
        var now = PortalFactory.Now.UtcDateTime;
        var consultation = await _factory.AddConsultationAsync(new PublishedTestConsultation
        {
            OpensAt = now.AddDays(-20), ClosesAt = now.AddDays(-1),
            Comments = [new("Người đến sau", "Góp ý được duyệt muộn", CommentState.AwaitingModeration)],
        });
        var reader = _factory.CreateBrowser(handleCookies: false);
        await reader.GetAsync(consultation.Path);
        await reader.GetAsync("/gop-y-du-thao");
        Assert.NotNull((await reader.GetAsync(consultation.Path)).Headers.Age);
        Assert.NotNull((await reader.GetAsync("/gop-y-du-thao")).Headers.Age);

        await using (var scope = _factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
            var comment = await db.ConsultationComments.SingleAsync(c => c.ConsultationId == consultation.Id);
            comment.State = CommentState.Published;
            await db.SaveChangesAsync();
        }

        var page = await reader.GetAsync(consultation.Path);
        var list = await reader.GetAsync("/gop-y-du-thao");
        Assert.Null(page.Headers.Age);
        Assert.Contains("Góp ý được duyệt muộn", Html.Text(await page.Content.ReadAsStringAsync()));
        Assert.Null(list.Headers.Age);
    }
}
