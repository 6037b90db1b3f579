using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Tests.Builders;
using Portal.Web.Consultations;
using Portal.Web.Editing;
using Portal.Web.Participation;

namespace Portal.Tests.Integration.Consultations;

/// <summary>
/// A citizen's comment through the page's form: kept unconfirmed with a confirmation e-mailed in the same save, the
/// answer a redirect to a "sent" page that names no address; every bad input answered with a Vietnamese message
/// that keeps what was typed, and nothing kept; closing stops comments at the second.
/// </summary>
public sealed class CommentSubmissionTests : IDisposable
{
    private readonly PortalFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    private Task<List<ConsultationComment>> CommentsOfAsync(int consultationId) =>
        _factory.WithDbAsync(db => db.ConsultationComments.AsNoTracking().Where(c => c.ConsultationId == consultationId).ToListAsync());

    private Task<int> OutboxCountAsync(string address) =>
        _factory.WithDbAsync(db => db.OutboxMessages.CountAsync(m => m.ToAddress == address));

    [Fact]
    public async Task AValidCommentIsKeptUnconfirmedAndItsConfirmationIsInTheOutbox()
    {
        var consultation = await _factory.AddConsultationAsync(new PublishedTestConsultation { Sections = ["Điều 1", "Điều 2"] });
        var browser = _factory.CreateBrowser();
        var form = PublishedTestConsultations.CommentForm("Đề nghị sửa Điều 2.\r\nDòng hai", "  Nguoi.Gop.Y@Example.Invalid ");
        form["Input.SectionId"] = consultation.SectionIds[1].ToString(System.Globalization.CultureInfo.InvariantCulture);

        var answer = await browser.SubmitFormAsync(consultation.Path, form);

        Assert.Equal(HttpStatusCode.Redirect, answer.StatusCode);
        Assert.Equal($"{consultation.Path}?da-gui=1#gop-y", answer.Headers.Location?.OriginalString);
        var sent = await browser.GetAsync(answer.Headers.Location!.OriginalString);
        var sentHtml = await sent.Content.ReadAsStringAsync();
        Assert.Contains("Góp ý của bạn đã được gửi.", Html.Text(sentHtml));
        Assert.DoesNotContain("example.invalid", sentHtml, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("no-store", sent.Headers.CacheControl?.ToString());

        var comment = Assert.Single(await CommentsOfAsync(consultation.Id));
        Assert.Equal(CommentState.Unconfirmed, comment.State);
        Assert.Equal("nguoi.gop.y@example.invalid", comment.Email);
        Assert.Equal("Đề nghị sửa Điều 2.\nDòng hai", comment.Text);
        Assert.Equal(consultation.SectionIds[1], comment.SectionId);
        Assert.Equal(64, comment.TokenHash?.Length);
        Assert.Equal(PortalFactory.Now.UtcDateTime.AddHours(48), comment.TokenExpiresAt);
        var message = await _factory.WithDbAsync(db => db.OutboxMessages.SingleAsync(m => m.ToAddress == "nguoi.gop.y@example.invalid"));
        Assert.Contains(consultation.Title, message.Subject);
        Assert.Contains("> Đề nghị sửa Điều 2.", message.TextBody);
        Assert.Contains("48 giờ", message.TextBody);
        Assert.Matches("/xac-nhan/[A-Za-z0-9_-]{43}", message.TextBody);
        Assert.Equal(ConsultationComments.Purpose, message.Purpose);
    }

    public static TheoryData<string, string, string, string> BadInputs => new()
    {
        { "Input.Who.Consent", "false", ParticipationGuard.ConsentMessage, "Input.Who.Consent" },
        { "Input.Who.Email", "khong-phai-dia-chi", "Địa chỉ thư điện tử không hợp lệ.", "Input.Who.Email" },
        { "Input.Who.Email", "a@example.invalid\r\nBcc: b@example.invalid", "Địa chỉ thư điện tử không hợp lệ.", "Input.Who.Email" },
        { "Input.Text", new string('ô', ConsultationComment.TextMaxLength + 1), "Nội dung góp ý dài tối đa 5000 ký tự.", "Input.Text" },
        { "Input.Text", "   ", "Vui lòng nhập nội dung góp ý.", "Input.Text" },
        { "Input.Who.Name", "", "Vui lòng nhập họ và tên.", "Input.Who.Name" },
        { "Input.Who.Phone", new string('9', 40), "Số điện thoại dài tối đa 20 ký tự.", "Input.Who.Phone" },
        { "Input.SectionId", "999999", "Phần của dự thảo đã chọn không thuộc dự thảo này.", "Input.SectionId" },
        { "Input.SectionId", "abc", "Phần của dự thảo đã chọn không thuộc dự thảo này.", "Input.SectionId" },
    };

    [Theory]
    [MemberData(nameof(BadInputs))]
    public async Task ABadInputIsRefusedInVietnameseWithWhatWasTypedKeptAndNothingStored(string field, string value, string message, string _)
    {
        var consultation = await _factory.AddConsultationAsync(new PublishedTestConsultation { Sections = ["Điều 1"] });
        var form = PublishedTestConsultations.CommentForm("Văn bản tôi đã gõ kỹ", "mot.nguoi@example.invalid");
        form[field] = value;

        var answer = await _factory.CreateBrowser().SubmitFormAsync(consultation.Path, form);
        var html = await answer.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        Assert.Contains(message, Html.Text(html));
        if (field != "Input.Text")
        {
            Assert.Contains("Văn bản tôi đã gõ kỹ", html);
        }
        Assert.Empty(await CommentsOfAsync(consultation.Id));
        Assert.Equal(0, await OutboxCountAsync("mot.nguoi@example.invalid"));
    }

    [Fact]
    public async Task AClosedConsultationAndAnotherConsultationsSectionTakeNothing()
    {
        var closed = await _factory.AddConsultationAsync(new PublishedTestConsultation
        {
            OpensAt = PortalFactory.Now.UtcDateTime.AddDays(-10), ClosesAt = PortalFactory.Now.UtcDateTime.AddDays(-1),
        });
        var other = await _factory.AddConsultationAsync(new PublishedTestConsultation { Sections = ["Điều của dự thảo khác"] });
        var open = await _factory.AddConsultationAsync(new PublishedTestConsultation { Sections = ["Điều 1"] });
        var browser = _factory.CreateBrowser();
        var openPage = await browser.GetStringAsync(open.Path);
        var token = Newsroom.AntiforgeryToken(openPage);

        var toClosed = await browser.PostFormAsync(closed.Path, PublishedTestConsultations.CommentForm(), token);
        var form = PublishedTestConsultations.CommentForm();
        form["Input.SectionId"] = other.SectionIds[0].ToString(System.Globalization.CultureInfo.InvariantCulture);
        form[Newsroom.ParticipantStampField] = AdministratorFixture.InputValue(openPage, Newsroom.ParticipantStampField)!;
        var wrongSection = await browser.PostFormAsync(open.Path, form, token);
        var toUnknown = await browser.PostFormAsync("/gop-y-du-thao/999999/khong-co", PublishedTestConsultations.CommentForm(), token);

        Assert.Equal(HttpStatusCode.OK, toClosed.StatusCode);
        Assert.Contains("không nhận thêm góp ý", Html.Text(await toClosed.Content.ReadAsStringAsync()));
        Assert.Contains(ConsultationComments.SectionMessage, Html.Text(await wrongSection.Content.ReadAsStringAsync()));
        Assert.Equal(HttpStatusCode.NotFound, toUnknown.StatusCode);
        Assert.Empty(await CommentsOfAsync(closed.Id));
        Assert.Empty(await CommentsOfAsync(open.Id));
    }

    [Fact]
    public async Task APostWithoutTheAntiforgeryTokenIsRefused()
    {
        var consultation = await _factory.AddConsultationAsync(new PublishedTestConsultation());

        var answer = await _factory.CreateBrowser().PostFormAsync(consultation.Path, PublishedTestConsultations.CommentForm(), token: null);

        Assert.Equal(HttpStatusCode.BadRequest, answer.StatusCode);
        Assert.Empty(await CommentsOfAsync(consultation.Id));
    }

    [Fact]
    public async Task ClosingStopsCommentsAtTheSecond()
    {
        var closesAt = new DateTime(2026, 11, 28, 16, 59, 59, DateTimeKind.Utc);
        var consultation = await _factory.AddConsultationAsync(new PublishedTestConsultation { ClosesAt = closesAt });
        await using var scope = _factory.Services.CreateAsyncScope();
        var comments = scope.ServiceProvider.GetRequiredService<ConsultationComments>();
        var stamp = scope.ServiceProvider.GetRequiredService<ParticipationGuard>().IssueStamp();
        ConsultationCommentInput Input() => new()
        {
            Text = "Gửi sát giờ",
            Who = new ParticipantInput { Name = "Người gửi muộn", Email = "muon@example.invalid", Consent = true, Stamp = stamp },
        };

        var lastSecond = await comments.SubmitAsync(consultation.Id, Input(), closesAt.AddSeconds(-1), default);
        var atClosing = await comments.SubmitAsync(consultation.Id, Input(), closesAt, default);

        Assert.IsType<SaveResult<CommentReceipt>.Saved>(lastSecond);
        var refused = Assert.IsType<SaveResult<CommentReceipt>.Invalid>(atClosing);
        Assert.Equal(ConsultationComments.ClosedMessage, refused.Errors[""]);
        Assert.Single(await CommentsOfAsync(consultation.Id));

        // Through the app too, with the clock at the closing second.
        var browser = _factory.CreateBrowser();
        var token = Newsroom.AntiforgeryToken(await browser.GetStringAsync(consultation.Path));
        _factory.Clock.SetUtcNow(closesAt);
        var late = await browser.PostFormAsync(consultation.Path, PublishedTestConsultations.CommentForm(email: "tre@example.invalid"), token);
        Assert.Equal(HttpStatusCode.OK, late.StatusCode);
        Assert.Single(await CommentsOfAsync(consultation.Id));
        Assert.Equal(0, await OutboxCountAsync("tre@example.invalid"));
    }
}
