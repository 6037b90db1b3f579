using System.Net;
using Portal.Web.Accounts;
using Portal.Web.Mail;

namespace Portal.Tests.Integration.Mail;

/// <summary>
/// A newcomer's first start has no SMTP server configured: messages are written and stay queued, untried, and the
/// newsroom's "Thư đi" page says why, with the recipients masked.
/// </summary>
public sealed class WithoutSmtpMessagesWaitAndTheNewsroomSaysSo(PortalFixture fixture) : IClassFixture<PortalFixture>
{
    private readonly PortalFactory _factory = fixture.Factory;

    [Fact]
    public async Task AMessageStaysQueuedAndThePageShowsTheBanner()
    {
        var to = OutboxSteps.NewAddress("nguyen");
        var queued = await _factory.QueueAsync(to, "Nguyễn Văn A", new MailLetter("Câu hỏi <b>mới</b> về đất đai").Paragraph("Nội dung."));
        await Task.Delay(500);
        using var editor = await _factory.SignedInAsync(Roles.Editor);

        var page = await editor.GetAsync("/admin/mail");
        var html = await page.Content.ReadAsStringAsync();

        var row = (await _factory.OutboxRowsAsync([queued.Id])).Single();
        Assert.Equal(OutboxState.Queued, row.State);
        Assert.Equal(0, row.Attempts);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("Chưa cấu hình máy chủ thư: thư được giữ trong hàng đợi và sẽ gửi khi cấu hình xong", html);
        Assert.Contains("ng***@example.org", html);
        Assert.DoesNotContain(to, html);
        Assert.Contains("Câu hỏi &lt;b&gt;mới&lt;/b&gt; về đất đai", html);
        Assert.Contains("Đang chờ gửi", html);
        Assert.DoesNotContain("Gửi lại", html);
    }

    [Fact]
    public async Task TheAdminMenuLinksThePage()
    {
        using var editor = await _factory.SignedInAsync(Roles.Editor);

        var html = await (await editor.GetAsync("/admin")).Content.ReadAsStringAsync();

        Assert.Contains("href=\"/admin/mail\"", html, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("?state=khong-co", "Không có trạng thái")]
    [InlineData("?state=%3Cscript%3E", "Không có trạng thái “&lt;script&gt;”")]
    [InlineData("?page=-3", "Số trang “-3” không hợp lệ")]
    [InlineData("?page=99999999999999", "không hợp lệ")]
    public async Task ABadFilterIsNamedNotAServerError(string query, string message)
    {
        using var editor = await _factory.SignedInAsync(Roles.Editor);

        var page = await editor.GetAsync("/admin/mail" + query);

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains(message, await page.Content.ReadAsStringAsync());
    }
}
