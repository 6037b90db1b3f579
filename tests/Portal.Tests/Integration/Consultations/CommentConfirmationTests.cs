using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Tests.Builders;
using Portal.Web.Accounts;
using Portal.Web.Consultations;
using Portal.Web.Participation;

namespace Portal.Tests.Integration.Consultations;

/// <summary>
/// The e-mailed link confirms a comment once: the comment goes to the moderation queue and the moderators are told;
/// the same link again, or after 48 hours, confirms nothing. The link is read from the outbox row the form wrote.
/// (The shared page <c>/xac-nhan/{token}</c> is another helper's: the target is asked as that page asks it.)
/// </summary>
public sealed partial class CommentConfirmationTests : IDisposable
{
    private readonly PortalFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    private async Task<(AddedConsultation Consultation, string Token)> CommentThroughTheFormAsync(string email)
    {
        var consultation = await _factory.AddConsultationAsync(new PublishedTestConsultation());
        var answer = await _factory.CreateBrowser().SubmitFormAsync(consultation.Path, PublishedTestConsultations.CommentForm("Góp ý <b>cần</b> xác nhận", email));
        Assert.Equal(HttpStatusCode.Redirect, answer.StatusCode);
        var message = await _factory.WithDbAsync(db => db.OutboxMessages.SingleAsync(m => m.ToAddress == email));
        Assert.Contains("&lt;b&gt;", message.HtmlBody);
        Assert.DoesNotContain("<b>", message.HtmlBody);
        var link = ConfirmationLink().Match(message.TextBody);
        Assert.True(link.Success, message.TextBody);
        Assert.Contains($"href=\"http://localhost/xac-nhan/{link.Groups[1].Value}\"", message.HtmlBody);
        return (consultation, link.Groups[1].Value);
    }

    private async Task<ConfirmationOutcome> ConfirmAsync(string token)
    {
        Assert.True(ConfirmationToken.IsWellFormed(token));
        await using var scope = _factory.Services.CreateAsyncScope();
        var targets = scope.ServiceProvider.GetServices<IConfirmationTarget>();
        var target = Assert.Single(targets.OfType<ConsultationConfirmation>());
        return await target.ConfirmAsync(ConfirmationToken.Hash(token), _factory.Clock.GetUtcNow().UtcDateTime, default);
    }

    [Fact]
    public async Task TheLinkConfirmsOnceAndTellsTheModerators()
    {
        var approver = await _factory.CreateUserAsync(Roles.Approver, "duyet.gop.y@example.invalid");
        var (consultation, token) = await CommentThroughTheFormAsync("xac.nhan@example.invalid");
        _factory.Clock.Advance(TimeSpan.FromHours(47));

        var first = await ConfirmAsync(token);
        var again = await ConfirmAsync(token);

        Assert.Equal(ConfirmationOutcomeKind.Confirmed, first.Kind);
        Assert.Equal(consultation.Path, first.ReturnPath);
        Assert.Equal(ConfirmationOutcomeKind.NotFound, again.Kind);
        var comment = await _factory.WithDbAsync(db => db.ConsultationComments.SingleAsync(c => c.ConsultationId == consultation.Id));
        Assert.Equal(CommentState.AwaitingModeration, comment.State);
        Assert.Null(comment.TokenHash);
        Assert.Equal(_factory.Clock.GetUtcNow().UtcDateTime, comment.ConfirmedAt);
        var told = await _factory.WithDbAsync(db => db.OutboxMessages.SingleAsync(m => m.ToAddress == "duyet.gop.y@example.invalid"));
        Assert.StartsWith("Có góp ý mới cần duyệt", told.Subject);
        Assert.Contains(ConsultationConfirmation.ModerationPath, told.TextBody);
        Assert.DoesNotContain("xac.nhan@example.invalid", told.TextBody);
        Assert.NotNull(approver);
    }

    [Fact]
    public async Task AfterFortyEightHoursTheLinkHasExpiredAndTheCommentStaysUnconfirmed()
    {
        var (consultation, token) = await CommentThroughTheFormAsync("het.han@example.invalid");
        _factory.Clock.Advance(TimeSpan.FromHours(48));

        var outcome = await ConfirmAsync(token);

        Assert.Equal(ConfirmationOutcomeKind.Expired, outcome.Kind);
        Assert.Contains("hết hạn", outcome.Message);
        var comment = await _factory.WithDbAsync(db => db.ConsultationComments.SingleAsync(c => c.ConsultationId == consultation.Id));
        Assert.Equal(CommentState.Unconfirmed, comment.State);
        Assert.Null(comment.ConfirmedAt);
    }

    [Fact]
    public async Task AnUnknownOrAlteredTokenConfirmsNothing()
    {
        var (consultation, token) = await CommentThroughTheFormAsync("sai.ma@example.invalid");
        var altered = (token[0] == 'A' ? 'B' : 'A') + token[1..];

        Assert.Equal(ConfirmationOutcomeKind.NotFound, (await ConfirmAsync(altered)).Kind);
        Assert.Equal(ConfirmationOutcomeKind.NotFound, (await ConfirmAsync(ConfirmationToken.New().Token)).Kind);
        var comment = await _factory.WithDbAsync(db => db.ConsultationComments.SingleAsync(c => c.ConsultationId == consultation.Id));
        Assert.Equal(CommentState.Unconfirmed, comment.State);
    }

    [GeneratedRegex("/xac-nhan/([A-Za-z0-9_-]{43})")]
    private static partial Regex ConfirmationLink();
}
