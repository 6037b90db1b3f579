using System.Net;
using Microsoft.EntityFrameworkCore;
using Portal.Web.Accounts;
using Portal.Web.Auditing;
using Portal.Web.Mail;

namespace Portal.Tests.Integration.Mail;

/// <summary>
/// "Gửi lại" on the newsroom's outbox page, for administrators only: a failed message goes back in the queue with its
/// Message-Id and arrives; a sent one goes out again as a copy with a Message-Id of its own. Both are audited.
/// </summary>
[Trait("Needs", "Smtp")]
[Collection(SmtpServer.Collection)]
public sealed class AnAdministratorSendsAMessageAgain(AnAdministratorSendsAMessageAgain.OneTryFixture mail) : IClassFixture<AnAdministratorSendsAMessageAgain.OneTryFixture>
{
    /// <summary>One try only: a message fails at the first refused connection.</summary>
    public sealed class OneTryFixture : MailFixture
    {
        protected override IReadOnlyDictionary<string, string> Settings => new Dictionary<string, string> { ["Portal:Mail:MaxAttempts"] = "1" };
    }

    private readonly SmtpServer _smtp = mail.Smtp;
    private readonly PortalFactory _factory = mail.Factory;

    [Fact]
    public async Task AFailedMessageIsQueuedAgainWithItsMessageIdAndArrives()
    {
        var to = OutboxSteps.NewAddress();
        _smtp.Stop();
        var queued = await _factory.QueueAsync(to, "Lê Thị C", new MailLetter("Trả lời câu hỏi của ông/bà").Paragraph("Nội dung."));
        var failed = (await _factory.UntilAsync([queued.Id], rows => rows[0].State == OutboxState.Failed))[0];
        Assert.StartsWith("Không kết nối được máy chủ thư", failed.LastError);
        await _smtp.StartAsync();
        using var administrator = await _factory.SignedInAsync(Roles.Administrator);

        var page = await administrator.GetAsync("/admin/mail?state=failed");
        Assert.Contains("Không gửi được", await page.Content.ReadAsStringAsync());
        var resend = await administrator.SubmitFormAsync("/admin/mail?state=failed", new() { ["id"] = queued.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), ["state"] = "failed" }, handler: "Resend", postUrl: "/admin/mail");

        Assert.Equal(HttpStatusCode.Redirect, resend.StatusCode);
        var sent = (await _factory.UntilAsync([queued.Id], rows => rows[0].State == OutboxState.Sent))[0];
        Assert.Equal(1, sent.Attempts);
        var message = Assert.Single(await _smtp.WaitForAsync(to));
        Assert.Equal(queued.MessageId, message.MessageId);
        Assert.True(await AuditedAsync(queued.Id));
    }

    [Fact]
    public async Task ASentMessageGoesOutAgainAsACopyWithANewMessageId()
    {
        var to = OutboxSteps.NewAddress();
        var queued = await _factory.QueueAsync(to, "Phạm Văn D", new MailLetter("Xác nhận câu hỏi").Paragraph("Nội dung."));
        await _factory.UntilAsync([queued.Id], rows => rows[0].State == OutboxState.Sent);
        using var administrator = await _factory.SignedInAsync(Roles.Administrator);

        var resend = await administrator.SubmitFormAsync("/admin/mail", new() { ["id"] = queued.Id.ToString(System.Globalization.CultureInfo.InvariantCulture) }, handler: "Resend");

        Assert.Equal(HttpStatusCode.Redirect, resend.StatusCode);
        var messages = await _smtp.WaitForAsync(to, 2);
        Assert.Equal(2, messages.Count);
        Assert.Contains(messages, m => m.MessageId == queued.MessageId);
        Assert.Single(messages, m => m.MessageId != queued.MessageId && m.Subject == "Xác nhận câu hỏi");
        Assert.True(await AuditedAsync(queued.Id));
    }

    [Fact]
    public async Task AnEditorIsRefused()
    {
        var queued = await _factory.QueueAsync("không hợp lệ", "Người nhận", new MailLetter("Thư thử").Paragraph("Nội dung."));
        await _factory.UntilAsync([queued.Id], rows => rows[0].State == OutboxState.Failed);
        using var editor = await _factory.SignedInAsync(Roles.Editor);

        var resend = await editor.SubmitFormAsync("/admin/mail", new() { ["id"] = queued.Id.ToString(System.Globalization.CultureInfo.InvariantCulture) }, handler: "Resend");

        Assert.Equal(HttpStatusCode.Forbidden, resend.StatusCode);
        Assert.Equal(OutboxState.Failed, (await _factory.OutboxRowsAsync([queued.Id])).Single().State);
        Assert.False(await AuditedAsync(queued.Id));
    }

    [Theory]
    [InlineData("999999999")]
    [InlineData("không-phải-số")]
    [InlineData("")]
    public async Task AnUnknownMessageIsNotFound(string id)
    {
        using var administrator = await _factory.SignedInAsync(Roles.Administrator);

        var resend = await administrator.SubmitFormAsync("/admin/mail", new() { ["id"] = id }, handler: "Resend");

        Assert.Equal(HttpStatusCode.NotFound, resend.StatusCode);
    }

    [Fact]
    public async Task AResendWithoutTheFormsTokenIsRefused()
    {
        var queued = await _factory.QueueAsync("cũng không hợp lệ", "Người nhận", new MailLetter("Thư thử").Paragraph("Nội dung."));
        await _factory.UntilAsync([queued.Id], rows => rows[0].State == OutboxState.Failed);
        using var administrator = await _factory.SignedInAsync(Roles.Administrator);

        var resend = await administrator.PostFormAsync("/admin/mail", new() { ["id"] = queued.Id.ToString(System.Globalization.CultureInfo.InvariantCulture) }, token: null, handler: "Resend");

        Assert.Equal(HttpStatusCode.BadRequest, resend.StatusCode);
        Assert.Equal(OutboxState.Failed, (await _factory.OutboxRowsAsync([queued.Id])).Single().State);
    }

    private Task<bool> AuditedAsync(long id) =>
        _factory.WithDbAsync(db => db.AuditEntries.AnyAsync(e => e.Action == AuditActions.MailResent && e.Target == $"#{id}"));
}
