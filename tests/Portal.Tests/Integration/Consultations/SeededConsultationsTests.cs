using System.Net;
using Microsoft.EntityFrameworkCore;
using Portal.Web.Consultations;
using Portal.Web.Feeds;

namespace Portal.Tests.Integration.Consultations;

/// <summary>A newcomer's first start shows one open consultation and one closed, with its summary and published comments, each with its draft's PDF.</summary>
public sealed class SeededConsultationsTests : IDisposable
{
    private readonly PortalFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task TheSeedsHoldAnOpenAndAClosedConsultationWithItsSummaryAndComments()
    {
        var seeded = await _factory.WithDbAsync(db => db.Consultations.AsNoTracking().Include(c => c.Files).Include(c => c.Sections)
            .Where(c => c.UpdatedBy == Portal.Web.Articles.ArticleService.SystemUser).OrderBy(c => c.Id).ToListAsync());
        var now = PortalFactory.Now.UtcDateTime;
        var open = Assert.Single(seeded, c => c.IsOpenAt(now));
        var closed = Assert.Single(seeded, c => c.ClosesAt <= now);
        Assert.InRange((open.ClosesAt - now).TotalDays, 29, 31);
        Assert.NotNull(closed.SummaryPublishedAt);
        Assert.All(seeded, c => Assert.Equal(Portal.Web.LegalDocuments.DocumentFileFormat.Pdf, Assert.Single(c.Files).Format));
        Assert.All(seeded, c => Assert.True(c.Files[0].HasText));
        var comments = await _factory.WithDbAsync(db => db.ConsultationComments.AsNoTracking().Where(c => c.ConsultationId == closed.Id).ToListAsync());
        Assert.InRange(comments.Count, 3, 4);
        Assert.All(comments, c => Assert.Equal(CommentState.Published, c.State));
        Assert.All(comments, c => Assert.EndsWith("@example.invalid", c.Email));

        var browser = _factory.CreateBrowser();
        var list = Html.Text(await browser.GetStringAsync(PublicUrls.ConsultationsRoute));
        Assert.True(list.IndexOf(open.Title, StringComparison.Ordinal) < list.IndexOf(closed.Title, StringComparison.Ordinal));
        Assert.Contains("Đang lấy ý kiến — còn", list);
        var closedPage = await browser.GetStringAsync(PublicUrls.ConsultationPath(closed.Id, closed.Slug));
        Assert.Contains("Báo cáo tổng hợp, tiếp thu, giải trình", Html.Text(closedPage));
        Assert.Contains($"Góp ý đã đăng ({comments.Count})", Html.Text(closedPage));
        Assert.DoesNotContain("example.invalid", closedPage);
        var openPage = await browser.GetStringAsync(PublicUrls.ConsultationPath(open.Id, open.Slug));
        Assert.Contains("id=\"gop-y\"", openPage);
        var file = open.Files[0];
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync(PublicUrls.ConsultationFilePath(file.Id, file.FileName))).StatusCode);
    }
}
