using System.Net;
using Microsoft.EntityFrameworkCore;
using Portal.Tests.Builders;
using Portal.Web.Accounts;
using Portal.Web.Auditing;
using Portal.Web.Editing;
using Portal.Web.Publishing;
using Portal.Web.Questions;

namespace Portal.Tests.Integration.Questions;

/// <summary>The newsroom assigns, answers, submits; an approver publishes and the asker gets the answer by e-mail.</summary>
public sealed class AnsweringQuestionsTests : IDisposable
{
    private readonly PortalFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    private static string QuestionPage(int id) => $"/admin/questions/question/{id}";

    [Fact]
    public async Task AnEditorAnswersThroughThePagesAndOnlyAnApproverPublishesAndTheAskerIsMailed()
    {
        var title = QuestionBuilder.NewTitle("Hỏi về bảo hiểm xã hội");
        var question = await _factory.ConfirmedQuestionAsync(title);
        var agency = await _factory.FirstAgencyIdAsync();
        using var editor = await _factory.SignedInAsync(Roles.Editor);

        var queue = await editor.GetStringAsync("/admin/questions?state=" + QuestionStates.Unassigned);
        Assert.Contains($"#{question.Id} ", queue);
        Assert.DoesNotContain(question.Email, queue);

        var assigned = await editor.SubmitFormAsync(QuestionPage(question.Id),
            new() { ["Version"] = question.Version.ToString(), ["AgencyId"] = agency.ToString(System.Globalization.CultureInfo.InvariantCulture), ["AssignedTo"] = "" }, "Assign");
        Assert.Equal(HttpStatusCode.Redirect, assigned.StatusCode);
        var current = (await _factory.QuestionTitledAsync(title))!;
        Assert.Equal(agency, current.AgencyId);

        var stale = await editor.SubmitFormAsync(QuestionPage(question.Id),
            new() { ["Version"] = question.Version.ToString(), ["Answer"] = "Bản cũ" }, "Save");
        Assert.Equal(HttpStatusCode.OK, stale.StatusCode);
        Assert.Contains("vừa được người khác thay đổi", WebUtility.HtmlDecode(await stale.Content.ReadAsStringAsync()));
        Assert.Equal("", (await _factory.QuestionTitledAsync(title))!.Answer);

        var empty = await editor.SubmitFormAsync(QuestionPage(question.Id), new() { ["Version"] = current.Version.ToString(), ["Answer"] = " " }, "Submit");
        Assert.Contains("Xin nhập câu trả lời trước khi gửi duyệt", WebUtility.HtmlDecode(await empty.Content.ReadAsStringAsync()));

        var answer = "Ông/bà nộp hồ sơ tại Bảo hiểm xã hội huyện.\nThời hạn giải quyết 5 ngày làm việc.";
        var submitted = await editor.SubmitFormAsync(QuestionPage(question.Id), new() { ["Version"] = current.Version.ToString(), ["Answer"] = answer }, "Submit");
        Assert.Equal(HttpStatusCode.Redirect, submitted.StatusCode);
        current = (await _factory.QuestionTitledAsync(title))!;
        Assert.Equal(PublicationStatus.Submitted, current.Status);

        Assert.Equal(HttpStatusCode.Forbidden, (await editor.GetAsync($"/admin/questions/review/{question.Id}")).StatusCode);
        var refused = await editor.PostFormAsync($"/admin/questions/review/{question.Id}", new() { ["Version"] = current.Version.ToString() }, null, "Publish");
        Assert.NotEqual(HttpStatusCode.Redirect, refused.StatusCode);
        Assert.Equal(PublicationStatus.Submitted, (await _factory.QuestionTitledAsync(title))!.Status);

        using var approver = await _factory.SignedInAsync(Roles.Approver);
        var published = await approver.SubmitFormAsync($"/admin/questions/review/{question.Id}", new() { ["Version"] = current.Version.ToString() }, "Publish");
        Assert.Equal(HttpStatusCode.Redirect, published.StatusCode);

        current = (await _factory.QuestionTitledAsync(title))!;
        Assert.Equal(_factory.Clock.GetUtcNow().UtcDateTime, current.AnsweredAt);
        var mail = (await _factory.MailToAsync(question.Email)).Single(m => m.Purpose == QuestionWorkflow.AnswerPurpose);
        Assert.StartsWith("Trả lời câu hỏi: ", mail.Subject);
        Assert.Contains("> Thời hạn giải quyết 5 ngày làm việc.", mail.TextBody);
        Assert.Contains($"http://localhost/hoi-dap/{question.Id}/{current.Slug}", mail.TextBody);

        using var reader = _factory.CreateBrowser();
        var page = WebUtility.HtmlDecode(await reader.GetStringAsync($"/hoi-dap/{question.Id}/{current.Slug}"));
        Assert.Contains("Thời hạn giải quyết 5 ngày làm việc.", page);
        Assert.Contains("Nguyễn Thị Hỏi", page);
        Assert.DoesNotContain(question.Email, page);
        Assert.DoesNotContain("0912 345 678", page);
        Assert.Contains("\"@type\":\"QAPage\"", page);

        var audit = await _factory.WithDbAsync(db => db.AuditEntries.Where(e => e.Target.StartsWith($"#{question.Id} ") && e.Action.StartsWith("question-")).OrderBy(e => e.Id).ToListAsync());
        Assert.Equal([AuditActions.QuestionAssigned, AuditActions.QuestionSubmitted, AuditActions.QuestionPublished], audit.Select(e => e.Action));
        Assert.All(audit, e => Assert.DoesNotContain("@", e.Target + e.Details));
    }

    [Fact]
    public async Task WithoutConsentTheAnswerIsMailedButNeverPublic()
    {
        var title = QuestionBuilder.NewTitle("Hỏi riêng");
        var question = await _factory.AnsweredQuestionAsync(title, "Câu trả lời riêng cho người hỏi.", f => f.Remove("Input.PublishConsent"));

        Assert.False(question.PublishConsent);
        Assert.Equal(PublicationStatus.Published, question.Status);
        var mail = (await _factory.MailToAsync(question.Email)).Single(m => m.Purpose == QuestionWorkflow.AnswerPurpose);
        Assert.Contains("> Câu trả lời riêng cho người hỏi.", mail.TextBody);
        Assert.DoesNotContain("/hoi-dap/", mail.TextBody);

        using var reader = _factory.CreateBrowser();
        Assert.Equal(HttpStatusCode.NotFound, (await reader.GetAsync($"/hoi-dap/{question.Id}/{question.Slug}")).StatusCode);
        Assert.DoesNotContain(title, await reader.GetStringAsync("/hoi-dap"));
        Assert.DoesNotContain($"/hoi-dap/{question.Id}/", await reader.GetStringAsync("/sitemap.xml"));
        Assert.DoesNotContain($"/hoi-dap/{question.Id}/", await reader.GetStringAsync("/search?q=" + Uri.EscapeDataString(title) + "&loai=hoi-dap"));
    }

    [Fact]
    public async Task ADismissedQuestionLeavesTheQueueWithItsReasonAndCannotBePublished()
    {
        var title = QuestionBuilder.NewTitle("Quảng cáo");
        var question = await _factory.ConfirmedQuestionAsync(title);
        var noReason = await _factory.DeskAsync(d => d.DismissAsync(question.Id, question.Version, " ", "biên tập viên"));
        Assert.IsType<SaveResult<Question>.Invalid>(noReason);

        var dismissed = QuestionBuilder.Saved(await _factory.DeskAsync(d => d.DismissAsync(question.Id, question.Version, "Nội dung quảng cáo", "biên tập viên")));

        Assert.NotNull(dismissed.DismissedAt);
        Assert.DoesNotContain((await _factory.DeskAsync(d => d.QueueAsync(null, false, 1))).Items, r => r.Id == question.Id);
        var publish = await _factory.WithAsync<QuestionWorkflow, WorkflowResult>(w => w.PublishAsync(question.Id, dismissed.Version, null, "người duyệt"));
        Assert.Equal(WorkflowOutcome.Refused, publish.Outcome);
        var assign = await _factory.DeskAsync(d => d.AssignAsync(question.Id, dismissed.Version, 1, "", "biên tập viên"));
        Assert.IsType<SaveResult<Question>.Invalid>(assign);
        Assert.Contains(await _factory.WithDbAsync(db => db.AuditEntries.Where(e => e.Target.StartsWith($"#{question.Id} ")).Select(e => e.Action).ToListAsync()),
            a => a == AuditActions.QuestionDismissed);
    }

    [Fact]
    public async Task AnUnansweredOrUnassignedQuestionCannotBePublishedAndBadChoicesAreRefused()
    {
        var question = await _factory.ConfirmedQuestionAsync(QuestionBuilder.NewTitle("Chưa trả lời"));
        var publish = await _factory.WithAsync<QuestionWorkflow, WorkflowResult>(w => w.PublishAsync(question.Id, question.Version, null, "người duyệt"));
        Assert.Equal(WorkflowOutcome.Refused, publish.Outcome);

        Assert.IsType<SaveResult<Question>.Invalid>(await _factory.DeskAsync(d => d.AssignAsync(question.Id, question.Version, 999_999, "", "x")));
        var agency = await _factory.FirstAgencyIdAsync();
        Assert.IsType<SaveResult<Question>.Invalid>(await _factory.DeskAsync(d => d.AssignAsync(question.Id, question.Version, agency, "khong-co-ai", "x")));
        Assert.IsType<SaveResult<Question>.NotFound>(await _factory.DeskAsync(d => d.AssignAsync(int.MaxValue, question.Version, 1, "", "x")));

        using var editor = await _factory.SignedInAsync(Roles.Editor);
        Assert.Equal(HttpStatusCode.NotFound, (await editor.GetAsync(QuestionPage(int.MaxValue))).StatusCode);
        var bad = await editor.SubmitFormAsync(QuestionPage(question.Id), new() { ["Version"] = "not-a-guid", ["AgencyId"] = "abc" }, "Assign");
        Assert.Equal(HttpStatusCode.OK, bad.StatusCode);
    }
}
