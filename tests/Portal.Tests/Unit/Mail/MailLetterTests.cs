using System.Net;
using System.Text;
using MimeKit;
using Portal.Web.Mail;

namespace Portal.Tests.Unit.Mail;

/// <summary>A message's content: whatever anyone typed is inert in the HTML part, the subject is one line, links are absolute.</summary>
public sealed class MailLetterTests
{
    private const string BaseUrl = "https://cong.example.org/";

    [Fact]
    public void EveryTextIsEscapedInTheHtmlAndKeptAsTypedInThePlainText()
    {
        var letter = new MailLetter("Góp ý <img src=x onerror=alert(1)>")
            .Paragraph("Xin chào \"ông\" & <bà>")
            .Fact("Họ tên <b>", "<script>alert(1)</script>")
            .Quote("Dòng một <a href=\"javascript:alert(1)\">bấm</a>\r\nDòng hai");

        var html = letter.Html(BaseUrl);
        var text = letter.Text(BaseUrl);

        Assert.DoesNotContain("<script>", html);
        Assert.DoesNotContain("<img", html);
        Assert.DoesNotContain("<a href=\"javascript", html);
        Assert.DoesNotContain("<b>", html);
        Assert.Contains("&lt;script&gt;", html);
        Assert.Contains("&lt;a href=&quot;javascript:alert(1)&quot;&gt;", html);
        Assert.Contains("Dòng một <a href=\"javascript:alert(1)\">bấm</a><br>Dòng hai", WebUtility.HtmlDecode(html));
        Assert.Contains("> Dòng một <a href=\"javascript:alert(1)\">bấm</a>\n> Dòng hai", text);
        Assert.Contains("Họ tên <b>: <script>alert(1)</script>", text);
    }

    [Theory]
    [InlineData("Câu hỏi\r\nBcc: x@example.org", "Câu hỏi Bcc: x@example.org")]
    [InlineData("  Một\n\n\tHai\r  ", "Một Hai")]
    [InlineData("Xác nhận góp ý", "Xác nhận góp ý")]
    public void TheSubjectIsOneLine(string subject, string expected) => Assert.Equal(expected, new MailLetter(subject).Subject);

    [Fact]
    public void ALongSubjectIsCutToTheColumn()
    {
        var subject = new MailLetter(new string('ạ', 400)).Subject;

        Assert.Equal(MailLetter.SubjectMaxLength, subject.Length);
        Assert.EndsWith("…", subject);
    }

    [Theory]
    [InlineData("https://cong.example.org/", "/xac-nhan/abc")]
    [InlineData("https://cong.example.org", "xac-nhan/abc")]
    public void LinksAreAbsoluteUnderThePublicAddress(string baseUrl, string path)
    {
        var letter = new MailLetter("Xác nhận").Link("Xác nhận góp ý", path);

        Assert.Contains("Xác nhận góp ý:\nhttps://cong.example.org/xac-nhan/abc", letter.Text(baseUrl));
        Assert.Contains("<a href=\"https://cong.example.org/xac-nhan/abc\">Xác nhận góp ý</a>", WebUtility.HtmlDecode(letter.Html(baseUrl)));
    }

    [Fact]
    public void TheMimeMessageKeepsTheRowsMessageIdAndEncodesTheSubject()
    {
        var row = new OutboxMessage
        {
            MessageId = "abc123@portal.example.org",
            ToAddress = "nguoi@example.org",
            ToName = "Nguyễn Thị Hồng",
            Subject = "Trả lời câu hỏi: đất đai",
            TextBody = "Văn bản",
            HtmlBody = "<p>Văn bản</p>",
            Purpose = "answer",
            CreatedAt = new DateTime(2026, 11, 28, 3, 0, 0, DateTimeKind.Utc),
        };

        var mime = OutboxMime.Build(row, new MailOptions { FromAddress = "no-reply@portal.example.org", FromName = "Cổng thông tin" });
        using var wire = new MemoryStream();
        mime.WriteTo(OutboxMime.Format, wire);
        var headers = Encoding.Latin1.GetString(wire.ToArray()).Replace("\r\n", "\n").Split("\n\n")[0];

        Assert.Equal("abc123@portal.example.org", mime.MessageId);
        Assert.Equal(new DateTimeOffset(2026, 11, 28, 3, 0, 0, TimeSpan.Zero), mime.Date);
        Assert.IsType<MultipartAlternative>(mime.Body);
        Assert.Contains("Subject: =?utf-8?", headers, StringComparison.OrdinalIgnoreCase);
        Assert.All(headers, c => Assert.True(c < 128));
        Assert.Contains("Trả lời câu hỏi: đất đai", mime.Subject);
    }

    [Fact]
    public void AnInvalidAddressCannotBecomeAMessage()
    {
        var row = new OutboxMessage { MessageId = "a@b", ToAddress = "không có a còng", Subject = "x", TextBody = "x", HtmlBody = "x", Purpose = "x" };

        Assert.Throws<ParseException>(() => OutboxMime.Build(row, new MailOptions()));
    }

    [Theory]
    [InlineData(1, 30)]
    [InlineData(2, 60)]
    [InlineData(4, 240)]
    public void RetriesWaitTwiceAsLongEachTime(int attempts, int seconds) =>
        Assert.Equal(TimeSpan.FromSeconds(seconds), OutboxSender.RetryDelay(TimeSpan.FromSeconds(30), attempts));

    [Theory]
    [InlineData("nguyen@example.org", "ng***@example.org")]
    [InlineData("a@example.org", "a***@example.org")]
    [InlineData("khong-co-a-cong", "***")]
    public void TheNewsroomSeesAddressesMasked(string address, string masked) => Assert.Equal(masked, OutboxList.MaskAddress(address));
}
