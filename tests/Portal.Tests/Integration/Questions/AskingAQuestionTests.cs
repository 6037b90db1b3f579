using System.Net;
using System.Text;
using Portal.Tests.Builders;
using Portal.Web.Accounts;
using Portal.Web.Participation;
using Portal.Web.Publishing;
using Portal.Web.Questions;

namespace Portal.Tests.Integration.Questions;

/// <summary>A citizen asks through the form; the question waits for the e-mailed link, which works once and for 48 hours.</summary>
public sealed class AskingAQuestionTests : IDisposable
{
    private readonly PortalFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task TheFormIsRenderedPerRequestAndAQuestionWaitsUnconfirmedWithItsLinkMailed()
    {
        using var browser = _factory.CreateBrowser();
        var form = await browser.GetAsync(QuestionBuilder.AskPath);
        Assert.Equal(HttpStatusCode.OK, form.StatusCode);
        Assert.True(form.Headers.CacheControl?.NoStore, "The ask form carries a token: it must not be stored.");

        var title = QuestionBuilder.NewTitle("Hỏi về đất đai");
        var email = QuestionBuilder.NewEmail();
        var fieldId = await _factory.FirstFieldIdAsync();
        var decomposed = "Thủ tục tách thửa".Normalize(NormalizationForm.FormD);
        var sent = await browser.AskAsync(QuestionBuilder.Form(fieldId, title, "  " + email.ToUpperInvariant() + " ",
            f => f["Input.Body"] = decomposed));

        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        Assert.Equal("/hoi-dap/dat-cau-hoi?da-gui=1", sent.Headers.Location?.OriginalString);
        Assert.Contains("Xin kiểm tra hộp thư của bạn", await browser.GetStringAsync(sent.Headers.Location!.OriginalString));
        var question = await _factory.QuestionTitledAsync(title);
        Assert.NotNull(question);
        Assert.Equal(email, question.Email);
        Assert.Equal("Thủ tục tách thửa".Normalize(NormalizationForm.FormC), question.Body);
        Assert.Equal(PublicationStatus.Draft, question.Status);
        Assert.Null(question.ConfirmedAt);
        Assert.True(question.PublishConsent);
        Assert.Equal(_factory.Clock.GetUtcNow().UtcDateTime + ConfirmationToken.Lifetime, question.TokenExpiresAt);

        var mail = Assert.Single(await _factory.MailToAsync(email));
        Assert.Equal(QuestionSubmissions.ConfirmationPurpose, mail.Purpose);
        Assert.Equal("Xác nhận câu hỏi gửi cổng thông tin", mail.Subject);
        var token = QuestionBuilder.TokenIn(mail);
        Assert.Contains($"http://localhost/xac-nhan/{token}", mail.TextBody);
        Assert.Equal(ConfirmationToken.Hash(token), question.TokenHash);
        Assert.DoesNotContain((await _factory.DeskAsync(d => d.QueueAsync(null, false, 1))).Items, r => r.Id == question.Id);
    }

    [Fact]
    public async Task TheLinkConfirmsOnceEntersTheQueueAndTellsTheNewsroom()
    {
        var editor = await _factory.CreateUserAsync(Roles.Editor);
        var title = QuestionBuilder.NewTitle("Hỏi về hộ tịch");
        var email = QuestionBuilder.NewEmail();
        using var browser = _factory.CreateBrowser();
        await browser.AskAsync(QuestionBuilder.Form(await _factory.FirstFieldIdAsync(), title, email));
        var token = QuestionBuilder.TokenIn(Assert.Single(await _factory.MailToAsync(email)));
        Assert.Empty(await _factory.MailToAsync(editor));

        var outcome = await _factory.ConfirmAsync(token);

        Assert.Equal(ConfirmationOutcomeKind.Confirmed, outcome.Kind);
        Assert.Equal("/hoi-dap", outcome.ReturnPath);
        var question = (await _factory.QuestionTitledAsync(title))!;
        Assert.Equal(_factory.Clock.GetUtcNow().UtcDateTime, question.ConfirmedAt);
        Assert.Null(question.TokenHash);
        var queue = await _factory.DeskAsync(d => d.QueueAsync(QuestionStates.Unassigned, false, 1));
        Assert.Contains(queue.Items, r => r.Id == question.Id);
        var told = Assert.Single(await _factory.MailToAsync(editor));
        Assert.Equal("Có câu hỏi mới", told.Subject);
        Assert.Contains("http://localhost/admin/questions", told.TextBody);
        Assert.DoesNotContain(email, told.TextBody);

        Assert.Equal(ConfirmationOutcomeKind.NotFound, (await _factory.ConfirmAsync(token)).Kind);
        Assert.Single(await _factory.MailToAsync(editor));
    }

    [Fact]
    public async Task AnExpiredLinkConfirmsNothing()
    {
        var title = QuestionBuilder.NewTitle("Hỏi muộn");
        var email = QuestionBuilder.NewEmail();
        using var browser = _factory.CreateBrowser();
        await browser.AskAsync(QuestionBuilder.Form(await _factory.FirstFieldIdAsync(), title, email));
        var token = QuestionBuilder.TokenIn(Assert.Single(await _factory.MailToAsync(email)));

        _factory.Clock.Advance(ConfirmationToken.Lifetime + TimeSpan.FromSeconds(1));

        var outcome = await _factory.ConfirmAsync(token);
        Assert.Equal(ConfirmationOutcomeKind.Expired, outcome.Kind);
        Assert.Null((await _factory.QuestionTitledAsync(title))!.ConfirmedAt);
        Assert.Equal(ConfirmationOutcomeKind.NotFound, (await _factory.ConfirmAsync("A" + token[1..])).Kind);
    }

    [Fact]
    public async Task BadInputIsRefusedInVietnameseWithWhatWasTypedKeptAndNothingKeptOrSent()
    {
        var fieldId = await _factory.FirstFieldIdAsync();
        (string Message, Action<Dictionary<string, string>> Spoil)[] cases =
        [
            (ParticipationGuard.ConsentMessage, f => f.Remove("Input.Who.Consent")),
            ("Địa chỉ thư điện tử không hợp lệ", f => f["Input.Who.Email"] = "khong-phai-dia-chi"),
            ("Địa chỉ thư điện tử không hợp lệ", f => f["Input.Who.Email"] = "a@example.com\r\nBcc: b@example.com"),
            ("Vui lòng chọn lĩnh vực", f => f["Input.FieldId"] = "999999"),
            ("Vui lòng chọn lĩnh vực", f => f["Input.FieldId"] = "abc"),
            ("Nội dung câu hỏi dài tối đa", f => f["Input.Body"] = new string('a', Question.BodyMaxLength + 1)),
            ("Vui lòng nhập câu hỏi trong một dòng", f => f["Input.Title"] = "   "),
            ("Vui lòng nhập nội dung câu hỏi", f => f["Input.Body"] = ""),
            ("Vui lòng nhập họ và tên", f => f["Input.Who.Name"] = ""),
        ];
        foreach (var (message, spoil) in cases)
        {
            var title = QuestionBuilder.NewTitle("Hỏi sai");
            var email = QuestionBuilder.NewEmail();
            using var browser = _factory.CreateBrowser();
            var form = QuestionBuilder.Form(fieldId, title, email, spoil);
            var answer = await browser.AskAsync(form);

            Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
            var html = WebUtility.HtmlDecode(await answer.Content.ReadAsStringAsync());
            Assert.Contains(message, html);
            if (form["Input.Title"].Trim().Length > 0)
            {
                Assert.Contains(title, html);
            }
            Assert.Null(await _factory.QuestionTitledAsync(title));
            Assert.Empty(await _factory.MailToAsync(email));
        }
    }
}
