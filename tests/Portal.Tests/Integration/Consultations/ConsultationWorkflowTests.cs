using System.Net;
using Microsoft.EntityFrameworkCore;
using Portal.Tests.Builders;
using Portal.Web.Accounts;
using Portal.Web.Auditing;
using Portal.Web.Publishing;

namespace Portal.Tests.Integration.Consultations;

/// <summary>The approver's side of consultations through HTTP, and what an editor may not do.</summary>
public sealed class ConsultationWorkflowTests : IDisposable
{
    private readonly PortalFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task AnApproverSchedulesPublishesUnpublishesSendsBackAndDeletesWithItsComments()
    {
        var consultation = await _factory.AddConsultationAsync(new TestConsultation { Status = PublicationStatus.Submitted, PublishedAt = null });
        var commentId = await _factory.AddCommentAsync(consultation, new TestComment { SectionIndex = 0 });
        using var approver = await _factory.SignedInAsync(Roles.Approver);

        Assert.Equal(HttpStatusCode.OK, (await ReviewAsync(approver, consultation.Id, "Schedule", new() { ["PublishAt"] = "không phải ngày" })).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await ReviewAsync(approver, consultation.Id, "Schedule", new() { ["PublishAt"] = "2026-12-01T08:00" })).StatusCode);
        Assert.Equal(new DateTime(2026, 12, 1, 1, 0, 0), (await _factory.ConsultationAsync(consultation.Id)).PublishedAt);
        Assert.Equal(HttpStatusCode.Redirect, (await ReviewAsync(approver, consultation.Id, "Publish")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await ReviewAsync(approver, consultation.Id, "Unpublish")).StatusCode);
        Assert.Equal(PublicationStatus.Unpublished, (await _factory.ConsultationAsync(consultation.Id)).Status);
        Assert.Equal(HttpStatusCode.OK, (await ReviewAsync(approver, consultation.Id, "SendBack", new() { ["Comment"] = "" })).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await ReviewAsync(approver, consultation.Id, "SendBack", new() { ["Comment"] = "Xin bổ sung <b>tệp</b>" })).StatusCode);
        var edit = await approver.GetStringAsync($"/admin/consultations/edit/{consultation.Id}");
        Assert.Contains("Xin bổ sung &lt;b&gt;tệp&lt;/b&gt;", edit, StringComparison.Ordinal);

        var deletePage = await approver.GetStringAsync($"/admin/consultations/delete/{consultation.Id}");
        var deleted = await approver.PostFormAsync($"/admin/consultations/delete/{consultation.Id}", [], Newsroom.AntiforgeryToken(deletePage));

        Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
        Assert.False(await _factory.WithDbAsync(db => db.Consultations.AnyAsync(c => c.Id == consultation.Id)));
        Assert.False(await _factory.WithDbAsync(db => db.ConsultationComments.AnyAsync(c => c.Id == commentId)));
        Assert.Equal([AuditActions.ConsultationScheduled, AuditActions.ConsultationPublished, AuditActions.ConsultationUnpublished,
            AuditActions.ConsultationSentBack, AuditActions.ConsultationDeleted], await _factory.AuditActionsAsync($"#{consultation.Id} "));
        Assert.Equal(HttpStatusCode.NotFound, (await approver.GetAsync($"/admin/consultations/review/{consultation.Id}")).StatusCode);
    }

    [Fact]
    public async Task AStaleVersionIsRefusedWithAMessage()
    {
        var consultation = await _factory.AddConsultationAsync(new TestConsultation { Status = PublicationStatus.Submitted, PublishedAt = null });
        using var approver = await _factory.SignedInAsync(Roles.Approver);
        var page = await approver.GetStringAsync($"/admin/consultations/review/{consultation.Id}");

        var response = await approver.PostFormAsync($"/admin/consultations/review/{consultation.Id}",
            new() { ["Version"] = Guid.NewGuid().ToString() }, Newsroom.AntiforgeryToken(page), "Publish");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("vừa được người khác thay đổi", Html.Text(await response.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.Equal(PublicationStatus.Submitted, (await _factory.ConsultationAsync(consultation.Id)).Status);
    }

    [Fact]
    public async Task AnEditorSeesTheListButCannotReviewModerateSummariseExportOrDelete()
    {
        var consultation = await _factory.AddConsultationAsync(new TestConsultation { Status = PublicationStatus.Submitted, PublishedAt = null });
        using var anonymous = _factory.CreateBrowser();
        Assert.Equal(HttpStatusCode.Redirect, (await anonymous.GetAsync("/admin/consultations")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await anonymous.GetAsync($"/admin/consultations/export/{consultation.Id}?handler=Csv")).StatusCode);

        using var editor = await _factory.SignedInAsync(Roles.Editor);
        Assert.Equal(HttpStatusCode.OK, (await editor.GetAsync("/admin/consultations")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await editor.GetAsync($"/admin/consultations/edit/{consultation.Id}")).StatusCode);
        foreach (var page in new[] { "review", "delete", "comments", "summary", "export" })
        {
            Assert.Equal(HttpStatusCode.Forbidden, (await editor.GetAsync($"/admin/consultations/{page}/{consultation.Id}")).StatusCode);
        }
        Assert.Equal(HttpStatusCode.Forbidden, (await editor.GetAsync("/admin/consultations/comments")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await editor.GetAsync($"/admin/consultations/export/{consultation.Id}?handler=Csv")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await editor.GetAsync($"/admin/consultations/export/{consultation.Id}?handler=Docx")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await editor.PostAsync($"/admin/consultations/review/{consultation.Id}?handler=Publish", new FormUrlEncodedContent([]))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await editor.PostAsync("/admin/consultations/comments?handler=Publish", new FormUrlEncodedContent([]))).StatusCode);
        Assert.Equal(PublicationStatus.Submitted, (await _factory.ConsultationAsync(consultation.Id)).Status);
    }

    [Fact]
    public async Task UnknownIdsAnswer404AndNonsenseQueriesDoNot500()
    {
        using var approver = await _factory.SignedInAsync(Roles.Approver);
        foreach (var page in new[] { "edit", "review", "delete", "comments", "summary", "export" })
        {
            Assert.Equal(HttpStatusCode.NotFound, (await approver.GetAsync($"/admin/consultations/{page}/{int.MaxValue}")).StatusCode);
        }
        Assert.Equal(HttpStatusCode.NotFound, (await approver.GetAsync($"/admin/consultations/export/{int.MaxValue}?handler=Docx")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await approver.GetAsync("/admin/consultations?trang=99999999999")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await approver.GetAsync("/admin/consultations/comments?trang=-1")).StatusCode);
    }

    private static async Task<HttpResponseMessage> ReviewAsync(HttpClient approver, int id, string handler, Dictionary<string, string>? fields = null)
    {
        var page = await approver.GetStringAsync($"/admin/consultations/review/{id}");
        var version = System.Text.RegularExpressions.Regex.Match(page, "name=\"Version\" value=\"([^\"]+)\"").Groups[1].Value;
        var body = new Dictionary<string, string>(fields ?? []) { ["Version"] = version };
        return await approver.PostFormAsync($"/admin/consultations/review/{id}", body, Newsroom.AntiforgeryToken(page), handler);
    }
}
