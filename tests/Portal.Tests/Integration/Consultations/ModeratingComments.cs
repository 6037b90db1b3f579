using System.Net;
using System.Text.RegularExpressions;
using Portal.Tests.Builders;
using Portal.Web.Accounts;
using Portal.Web.Auditing;
using Portal.Web.Consultations;
using Portal.Web.Feeds;

namespace Portal.Tests.Integration.Consultations;

/// <summary>
/// The moderators' queue: confirmed comments oldest first, shown as text; each decision changes the comment, writes
/// the message to its writer (escaped, with a link back) and an audit entry.
/// </summary>
public sealed partial class ModeratingComments : IDisposable
{
    private const string Payload = "<script>alert(1)</script><img src=x onerror=alert(2)>";
    private readonly PortalFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task TheQueueShowsConfirmedCommentsOldestFirstAsTextWithTheAddress()
    {
        var consultation = await _factory.AddConsultationAsync();
        var newer = await _factory.AddCommentAsync(consultation, new TestComment { Text = "Góp ý mới hơn", CreatedAt = PortalFactory.Now.UtcDateTime.AddHours(-1) });
        var hostile = new TestComment { Name = "Tên " + Payload, Organisation = "Tổ chức " + Payload, Text = "Dòng một\n" + Payload, SectionIndex = 1 };
        var older = await _factory.AddCommentAsync(consultation, hostile);
        await _factory.AddCommentAsync(consultation, new TestComment { Text = "Chưa xác nhận", State = CommentState.Unconfirmed });
        await _factory.AddCommentAsync(consultation, new TestComment { Text = "Đã đăng rồi", State = CommentState.Published });
        using var approver = await _factory.SignedInAsync(Roles.Approver);

        var html = await approver.GetStringAsync($"/admin/consultations/comments/{consultation.Id}");

        Assert.True(html.IndexOf($"Góp ý #{older}", StringComparison.Ordinal) < html.IndexOf($"Góp ý #{newer}", StringComparison.Ordinal));
        Assert.DoesNotContain("<script>alert(1)</script>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<img src=x", html, StringComparison.Ordinal);
        var text = Html.Text(html);
        Assert.Contains("Dòng một " + Payload, text, StringComparison.Ordinal);
        Assert.Contains(hostile.Email, text, StringComparison.Ordinal);
        Assert.Contains("Điều 2. Đối tượng áp dụng", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Chưa xác nhận", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Đã đăng rồi", text, StringComparison.Ordinal);
        Assert.Contains("2 chờ duyệt", Html.Text(await approver.GetStringAsync("/admin/consultations")), StringComparison.Ordinal);
        // The address is the moderators' only: the consultation's other newsroom pages do not show it.
        Assert.DoesNotContain(hostile.Email, await approver.GetStringAsync($"/admin/consultations/edit/{consultation.Id}"), StringComparison.Ordinal);
        Assert.Contains($"Góp ý #{older}", await approver.GetStringAsync("/admin/consultations/comments"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task PublishingAComment_ChangesIt_TellsItsWriter_AndIsAudited()
    {
        var consultation = await _factory.AddConsultationAsync(new TestConsultation { Title = "Dự thảo về chợ <b>đầu mối</b>" });
        var spec = new TestComment { Name = "Trần <i>Văn</i> Cường", Text = "Ý kiến một\n" + Payload, SectionIndex = 0 };
        var commentId = await _factory.AddCommentAsync(consultation, spec);
        using var approver = await _factory.SignedInAsync(Roles.Approver);

        var response = await DecideAsync(approver, consultation.Id, commentId, "Publish");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var comment = await _factory.CommentAsync(commentId);
        Assert.Equal(CommentState.Published, comment.State);
        Assert.Equal(PortalFactory.Now.UtcDateTime, comment.ModeratedAt);
        Assert.StartsWith("approver-", comment.ModeratedBy, StringComparison.Ordinal);
        var message = Assert.Single(await _factory.OutboxToAsync(spec.Email));
        Assert.Equal(ConsultationLetters.CommentPublishedPurpose, message.Purpose);
        Assert.Equal("Trần <i>Văn</i> Cường", message.ToName);
        Assert.Equal("Góp ý của bạn về dự thảo \"Dự thảo về chợ <b>đầu mối</b>\" đã được đăng", message.Subject);
        var path = PublicUrls.ConsultationPath(consultation.Id, consultation.Slug);
        Assert.Contains(path, message.TextBody, StringComparison.Ordinal);
        Assert.Contains("> " + Payload, message.TextBody, StringComparison.Ordinal);
        Assert.Contains("Góp ý cho: Điều 1. Phạm vi điều chỉnh", message.TextBody, StringComparison.Ordinal);
        Assert.DoesNotContain(Payload, message.HtmlBody, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>đầu mối</b>", message.HtmlBody, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;", message.HtmlBody, StringComparison.Ordinal);
        Assert.Matches(LinkTo(path), message.HtmlBody);
        var audit = await _factory.WithDbAsync(db => Task.FromResult(db.AuditEntries.Where(e => e.Target.StartsWith($"Góp ý #{commentId} ")).ToList()));
        var entry = Assert.Single(audit);
        Assert.Equal(AuditActions.CommentPublished, entry.Action);
        Assert.DoesNotContain(spec.Email, entry.Target + entry.Details, StringComparison.Ordinal);

        // Decided once: a second decision is refused, and nobody gets a second message.
        var again = await DecideAsync(approver, consultation.Id, commentId, "Reject", "Trùng lặp");
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Equal(CommentState.Published, (await _factory.CommentAsync(commentId)).State);
        Assert.Single(await _factory.OutboxToAsync(spec.Email));
    }

    [Fact]
    public async Task RejectingNeedsAReasonWhichTheWriterIsSent()
    {
        var consultation = await _factory.AddConsultationAsync();
        var spec = new TestComment();
        var commentId = await _factory.AddCommentAsync(consultation, spec);
        using var approver = await _factory.SignedInAsync(Roles.Approver);

        var noReason = await DecideAsync(approver, consultation.Id, commentId, "Reject", "   ");
        Assert.Equal(HttpStatusCode.OK, noReason.StatusCode);
        Assert.Contains("Xin ghi lý do không đăng góp ý", Html.Text(await noReason.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        var tooLong = await DecideAsync(approver, consultation.Id, commentId, "Reject", new string('x', ConsultationComment.RejectionReasonMaxLength + 1));
        Assert.Contains($"Lý do dài quá {ConsultationComment.RejectionReasonMaxLength} ký tự.", Html.Text(await tooLong.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.Equal(CommentState.AwaitingModeration, (await _factory.CommentAsync(commentId)).State);
        Assert.Empty(await _factory.OutboxToAsync(spec.Email));

        const string reason = "Nội dung không liên quan đến dự thảo <script>x</script>";
        Assert.Equal(HttpStatusCode.Redirect, (await DecideAsync(approver, consultation.Id, commentId, "Reject", reason)).StatusCode);

        var comment = await _factory.CommentAsync(commentId);
        Assert.Equal((CommentState.Rejected, reason), (comment.State, comment.RejectionReason));
        var message = Assert.Single(await _factory.OutboxToAsync(spec.Email));
        Assert.Equal(ConsultationLetters.CommentRejectedPurpose, message.Purpose);
        Assert.EndsWith("không được đăng", message.Subject, StringComparison.Ordinal);
        Assert.Contains("Lý do: " + reason, message.TextBody, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;x&lt;/script&gt;", message.HtmlBody, StringComparison.Ordinal);
        Assert.Contains(PublicUrls.ConsultationPath(consultation.Id, consultation.Slug), message.TextBody, StringComparison.Ordinal);
        Assert.Equal([AuditActions.CommentRejected],
            await _factory.WithDbAsync(db => Task.FromResult(db.AuditEntries.Where(e => e.Target.StartsWith($"Góp ý #{commentId} ")).Select(e => e.Action).ToList())));
    }

    [Fact]
    public async Task AModeratorDecidesFromTheQueueOfEveryConsultation()
    {
        var consultation = await _factory.AddConsultationAsync();
        var commentId = await _factory.AddCommentAsync(consultation);
        using var approver = await _factory.SignedInAsync(Roles.Approver);
        var page = await approver.GetStringAsync("/admin/consultations/comments");
        var action = Regex.Match(page, "<form method=\"post\" action=\"([^\"]+)\"").Groups[1].Value;
        Assert.Equal("/admin/consultations/comments?handler=Publish", System.Net.WebUtility.HtmlDecode(action), ignoreCase: true);

        var response = await approver.PostFormAsync("/admin/consultations/comments",
            new() { ["CommentId"] = commentId.ToString(System.Globalization.CultureInfo.InvariantCulture) }, Newsroom.AntiforgeryToken(page), "Publish");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(CommentState.Published, (await _factory.CommentAsync(commentId)).State);
    }

    [Fact]
    public async Task UnknownOrUnconfirmedCommentsAnswer404()
    {
        var consultation = await _factory.AddConsultationAsync();
        var unconfirmed = await _factory.AddCommentAsync(consultation, new TestComment { State = CommentState.Unconfirmed });
        using var approver = await _factory.SignedInAsync(Roles.Approver);

        Assert.Equal(HttpStatusCode.NotFound, (await DecideAsync(approver, consultation.Id, unconfirmed, "Publish")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await DecideAsync(approver, consultation.Id, int.MaxValue, "Publish")).StatusCode);
        Assert.Equal(CommentState.Unconfirmed, (await _factory.CommentAsync(unconfirmed)).State);
    }

    private static async Task<HttpResponseMessage> DecideAsync(HttpClient approver, int consultationId, int commentId, string handler, string? reason = null)
    {
        var url = $"/admin/consultations/comments/{consultationId}";
        var page = await approver.GetStringAsync(url);
        var fields = new Dictionary<string, string> { ["CommentId"] = commentId.ToString(System.Globalization.CultureInfo.InvariantCulture) };
        if (reason is not null)
        {
            fields["Reason"] = reason;
        }
        return await approver.PostFormAsync(url, fields, Newsroom.AntiforgeryToken(page), handler);
    }

    private static Regex LinkTo(string path) => new("<a href=\"https?://[^\"/]+" + Regex.Escape(path) + "\">");
}
