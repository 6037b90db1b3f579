using System.Net;
using Portal.Tests.Builders;
using Portal.Web.Accounts;
using Portal.Web.Auditing;
using Portal.Web.Consultations;
using Portal.Web.Feeds;

namespace Portal.Tests.Integration.Consultations;

/// <summary>The summary after closing: refused before, and once published each person who commented is told once.</summary>
public sealed class PublishingTheSummary : IDisposable
{
    private readonly PortalFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    private static TestConsultation Closed => new()
    {
        OpensAt = PortalFactory.Now.UtcDateTime.AddDays(-30),
        ClosesAt = PortalFactory.Now.UtcDateTime.AddDays(-1),
        PublishedAt = PortalFactory.Now.UtcDateTime.AddDays(-30),
    };

    [Fact]
    public async Task TheSummaryIsRefusedBeforeClosingAndWithoutContent()
    {
        var open = await _factory.AddConsultationAsync();
        using var approver = await _factory.SignedInAsync(Roles.Approver);
        await SaveSummaryAsync(approver, open.Id, "Tổng hợp ý kiến");

        var early = await PublishAsync(approver, open.Id);

        Assert.Equal(HttpStatusCode.OK, early.StatusCode);
        Assert.Contains("Chỉ công bố báo cáo sau khi hết hạn góp ý", Html.Text(await early.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.Null((await _factory.ConsultationAsync(open.Id)).SummaryPublishedAt);

        var empty = await _factory.AddConsultationAsync(Closed);
        var refused = await PublishAsync(approver, empty.Id);
        Assert.Contains("Báo cáo chưa có nội dung", Html.Text(await refused.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.Null((await _factory.ConsultationAsync(empty.Id)).SummaryPublishedAt);
    }

    [Fact]
    public async Task PublishingTellsEveryConfirmedCommenterOnceAndIsAudited()
    {
        var consultation = await _factory.AddConsultationAsync(Closed);
        var twice = new TestComment { Name = "An <b>Nguyễn</b>" };
        await _factory.AddCommentAsync(consultation, twice);
        await _factory.AddCommentAsync(consultation, twice with { State = CommentState.Rejected, Email = twice.Email.ToUpperInvariant(), CreatedAt = twice.CreatedAt.AddHours(1) });
        var published = new TestComment { State = CommentState.Published };
        await _factory.AddCommentAsync(consultation, published);
        var unconfirmed = new TestComment { State = CommentState.Unconfirmed };
        await _factory.AddCommentAsync(consultation, unconfirmed);
        var erased = new TestComment { State = CommentState.Published, Erased = true };
        await _factory.AddCommentAsync(consultation, erased);
        using var approver = await _factory.SignedInAsync(Roles.Approver);
        await SaveSummaryAsync(approver, consultation.Id, "Cơ quan soạn thảo đã tiếp thu <script>alert(1)</script>");
        var page = await approver.GetStringAsync($"/admin/consultations/summary/{consultation.Id}");
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", page, StringComparison.Ordinal);

        var response = await PublishAsync(approver, consultation.Id);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(PortalFactory.Now.UtcDateTime, (await _factory.ConsultationAsync(consultation.Id)).SummaryPublishedAt);
        var toTwice = Assert.Single(await _factory.OutboxToAsync(twice.Email));
        Assert.Equal(ConsultationLetters.SummaryPurpose, toTwice.Purpose);
        Assert.Equal("An <b>Nguyễn</b>", toTwice.ToName);
        Assert.StartsWith("Báo cáo tổng hợp góp ý về dự thảo", toTwice.Subject, StringComparison.Ordinal);
        Assert.Contains(PublicUrls.ConsultationPath(consultation.Id, consultation.Slug), toTwice.TextBody, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>Nguyễn</b>", toTwice.HtmlBody, StringComparison.Ordinal);
        Assert.Empty(await _factory.OutboxToAsync(twice.Email.ToUpperInvariant()));
        Assert.Single(await _factory.OutboxToAsync(published.Email));
        Assert.Empty(await _factory.OutboxToAsync(unconfirmed.Email));
        Assert.Empty(await _factory.OutboxToAsync(erased.Email));
        Assert.Equal([AuditActions.ConsultationSummarySaved, AuditActions.ConsultationSummaryPublished], await _factory.AuditActionsAsync($"#{consultation.Id} "));

        // Published once: a second try is refused and nobody is told twice.
        var again = await PublishAsync(approver, consultation.Id);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Single(await _factory.OutboxToAsync(twice.Email));
    }

    private static async Task SaveSummaryAsync(HttpClient approver, int id, string text)
    {
        var url = $"/admin/consultations/summary/{id}";
        var page = await approver.GetStringAsync(url);
        var content = new MultipartFormDataContent
        {
            { new StringContent(Newsroom.AntiforgeryToken(page)), "__RequestVerificationToken" },
            { new StringContent(Version(page)), "Input.Version" },
            { new StringContent(text), "Input.Text" },
        };
        Assert.Equal(HttpStatusCode.Redirect, (await approver.PostAsync(url, content)).StatusCode);
    }

    private static async Task<HttpResponseMessage> PublishAsync(HttpClient approver, int id)
    {
        var url = $"/admin/consultations/summary/{id}";
        var page = await approver.GetStringAsync(url);
        return await approver.PostFormAsync(url, new() { ["Input.Version"] = Version(page) }, Newsroom.AntiforgeryToken(page), "Publish");
    }

    private static string Version(string page) =>
        System.Text.RegularExpressions.Regex.Match(page, "name=\"Input.Version\" value=\"([^\"]+)\"").Groups[1].Value;
}
