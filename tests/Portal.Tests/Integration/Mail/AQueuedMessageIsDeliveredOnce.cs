using System.Text;
using MimeKit;
using Portal.Web.Mail;

namespace Portal.Tests.Integration.Mail;

/// <summary>One app sending to one smtp4dev, shared by the class's tests.</summary>
public class MailFixture : IAsyncLifetime
{
    /// <summary>The app's own settings beyond the server's address.</summary>
    protected virtual IReadOnlyDictionary<string, string> Settings => new Dictionary<string, string>();

    public SmtpServer Smtp { get; private set; } = null!;
    public PortalFactory Factory { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Smtp = await SmtpServer.StartNewAsync();
        Factory = new PortalFactory();
        foreach (var (key, value) in Smtp.PortalSettings)
        {
            Factory.Settings[key] = value;
        }
        Factory.Settings["Portal:PublicUrl"] = "https://cong.example.org";
        foreach (var (key, value) in Settings)
        {
            Factory.Settings[key] = value;
        }
        using var warm = Factory.CreateClient();
        await warm.GetAsync("/healthz");
    }

    public Task DisposeAsync()
    {
        try
        {
            Factory?.Dispose();
        }
        finally
        {
            Smtp?.Dispose();
        }
        return Task.CompletedTask;
    }
}

/// <summary>
/// A message written to the outbox reaches a real SMTP server (smtp4dev) once, as written: its Message-Id, its
/// Vietnamese subject encoded and read back right, a plain text and an HTML part, a citizen's text inert in the
/// HTML, and no header of its own from a line break in a name or a subject.
/// </summary>
[Trait("Needs", "Smtp")]
[Collection(SmtpServer.Collection)]
public sealed class AQueuedMessageIsDeliveredOnce(MailFixture mail) : IClassFixture<MailFixture>
{
    private const string Subject = "Xác nhận góp ý: Dự thảo Quy định về bồi thường, hỗ trợ, tái định cư khi Nhà nước thu hồi đất";

    [Fact]
    public async Task WithItsMessageIdSubjectAndBothParts()
    {
        var to = OutboxSteps.NewAddress();
        var letter = new MailLetter(Subject)
            .Paragraph("Cảm ơn ông/bà đã góp ý.")
            .Quote("Tôi đề nghị <script>alert('xss')</script> & \"bổ sung\" khoản 2.")
            .Link("Xem dự thảo", "/gop-y-du-thao/1/du-thao");

        var queued = await mail.Factory.QueueAsync(to, "Nguyễn Thị Hồng Nhung", letter);
        var row = (await mail.Factory.UntilAsync([queued.Id], rows => rows[0].State != OutboxState.Queued))[0];
        var delivered = await mail.Smtp.WaitForAsync(to);

        Assert.Equal(OutboxState.Sent, row.State);
        Assert.Equal(1, row.Attempts);
        Assert.NotNull(row.SentAt);
        Assert.Equal("", row.LastError);
        var message = Assert.Single(delivered);
        Assert.Equal(queued.MessageId, message.MessageId);
        Assert.Equal(Subject, message.Subject);
        Assert.Equal("Nguyễn Thị Hồng Nhung", message.To.Mailboxes.Single().Name);
        Assert.Equal("no-reply@portal.example.org", message.From.Mailboxes.Single().Address);
        // On the wire the header is ASCII: RFC 2047 encoded words, which every client decodes.
        var rawSubject = message.Headers[HeaderId.Subject] is not null ? message.Headers.First(h => h.Id == HeaderId.Subject).RawValue : [];
        Assert.All(rawSubject, b => Assert.True(b < 128));
        Assert.Contains("=?utf-8?", Encoding.ASCII.GetString(rawSubject), StringComparison.OrdinalIgnoreCase);
        Assert.Contains("> Tôi đề nghị <script>alert('xss')</script> & \"bổ sung\" khoản 2.", message.TextBody);
        Assert.Contains("https://cong.example.org/gop-y-du-thao/1/du-thao", message.TextBody);
        Assert.DoesNotContain("<script>", message.HtmlBody);
        Assert.Contains("&lt;script&gt;", message.HtmlBody);
        Assert.Contains("href=\"https://cong.example.org/gop-y-du-thao/1/du-thao\"", message.HtmlBody);
        Assert.IsType<MultipartAlternative>(message.Body);
    }

    [Fact]
    public async Task ALineBreakInANameOrASubjectAddsNoHeader()
    {
        var to = OutboxSteps.NewAddress();
        var witness = OutboxSteps.NewAddress("nhan-trom");
        var letter = new MailLetter($"Câu hỏi mới\r\nBcc: {witness}\r\nX-Injected: yes").Paragraph("Nội dung.");

        await mail.Factory.QueueAsync(to, $"Trần Văn B\r\nBcc: {witness}\nX-Injected: yes", letter);
        var message = Assert.Single(await mail.Smtp.WaitForAsync(to));

        Assert.Empty(message.Bcc);
        Assert.Empty(message.Cc);
        Assert.Null(message.Headers["X-Injected"]);
        Assert.Single(message.To.Mailboxes);
        Assert.Equal($"Câu hỏi mới Bcc: {witness} X-Injected: yes", message.Subject);
        Assert.Empty(await mail.Smtp.MessagesToAsync(witness));
    }

    [Fact]
    public async Task AnAddressTheServerCannotTakeFailsAtOnceWithTheReason()
    {
        var queued = await mail.Factory.QueueAsync("không có a còng", "Người gửi sai", new MailLetter("Thư thử").Paragraph("Nội dung."));

        var row = (await mail.Factory.UntilAsync([queued.Id], rows => rows[0].State != OutboxState.Queued))[0];

        Assert.Equal(OutboxState.Failed, row.State);
        Assert.Equal(1, row.Attempts);
        Assert.Equal("Địa chỉ người nhận không hợp lệ.", row.LastError);
    }
}
