using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Portal.Tests.Builders;
using Portal.Web.Accounts;
using Portal.Web.Auditing;
using Portal.Web.Localization;
using Portal.Web.Publishing;

namespace Portal.Tests.Integration;

/// <summary>From an editor's draft to the public page, through HTTP with real antiforgery tokens and a test clock.</summary>
public sealed class PublishingWorkflowTests : IDisposable
{
    private readonly PortalFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task AnEditorSubmitsAnApproverSchedulesAndThePublicSeesItExactlyAtItsTime()
    {
        // The seeded library's import left entries of its own: the test reads what came after them.
        var seeded = await _factory.WithDbAsync(db => db.AuditEntries.MaxAsync(e => (int?)e.Id)) ?? 0;
        using var editor = await _factory.SignedInAsync(Roles.Editor);
        using var approver = await _factory.SignedInAsync(Roles.Approver);
        using var citizen = _factory.CreateBrowser();
        var form = new ArticleFormBuilder { CategoryId = (await _factory.CategoryIdAsync("tin-tuc-su-kien")).ToString(CultureInfo.InvariantCulture) };

        var id = await editor.WriteAsync(form, submit: true);
        var submitted = await _factory.ArticleAsync(id);
        Assert.Equal(PublicationStatus.Submitted, submitted.Status);
        Assert.Equal("tinh-to-chuc-dien-tap-phong-chong-bao-va-tim-kiem-cuu-nan-nam-2026", submitted.Slug);

        var inOneMinute = VietnamTime.ToVietnam(_factory.Clock.GetUtcNow().UtcDateTime.AddMinutes(1));
        var scheduled = await approver.ReviewAsync(id, "Schedule", new() { ["PublishAt"] = inOneMinute.ToString("yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture) });
        Assert.Equal(HttpStatusCode.Redirect, scheduled.StatusCode);

        var address = $"/bai-viet/{id}/{submitted.Slug}";
        Assert.Equal(HttpStatusCode.NotFound, (await citizen.GetAsync(address)).StatusCode);
        Assert.DoesNotContain(form.Title, await citizen.GetStringAsync("/"));

        _factory.Clock.Advance(TimeSpan.FromSeconds(59));
        Assert.Equal(HttpStatusCode.NotFound, (await citizen.GetAsync(address)).StatusCode);

        _factory.Clock.Advance(TimeSpan.FromSeconds(1));
        var page = await citizen.GetAsync(address);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var text = Html.Text(await page.Content.ReadAsStringAsync());
        Assert.Contains(form.Title, text);
        Assert.Contains(inOneMinute.ToString("HH:mm | dd/MM/yyyy", CultureInfo.InvariantCulture), text);
        Assert.Contains("Sơ tán 1.200 hộ dân", text);
        Assert.Contains(form.Title, await citizen.GetStringAsync("/"));

        var log = await _factory.WithDbAsync(db => db.AuditEntries.Where(e => e.Id > seeded).OrderBy(e => e.Id).ToListAsync());
        string[] expected = [AuditActions.SignIn, AuditActions.SignIn, AuditActions.ArticleCreated, AuditActions.ArticleSubmitted, AuditActions.ArticleScheduled];
        Assert.Equal(expected, log.Select(e => e.Action));
        Assert.All(log.Skip(2).Take(2), e => Assert.StartsWith("editor-", e.UserName, StringComparison.Ordinal));
        Assert.StartsWith("approver-", log[^1].UserName, StringComparison.Ordinal);
        Assert.Equal(VietnamTime.FormatStamp(VietnamTime.ToUtc(inOneMinute)), log[^1].Details);
    }

    [Fact]
    public async Task AnApproverPublishesNowAndUnpublishes()
    {
        using var editor = await _factory.SignedInAsync(Roles.Editor);
        using var approver = await _factory.SignedInAsync(Roles.Approver);
        using var citizen = _factory.CreateBrowser();
        var id = await editor.WriteAsync(new ArticleFormBuilder(), submit: true);
        var address = $"/bai-viet/{id}/{(await _factory.ArticleAsync(id)).Slug}";

        Assert.Equal(HttpStatusCode.Redirect, (await approver.ReviewAsync(id, "Publish")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await citizen.GetAsync(address)).StatusCode);

        Assert.Equal(HttpStatusCode.Redirect, (await approver.ReviewAsync(id, "Unpublish")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await citizen.GetAsync(address)).StatusCode);
        var actions = await _factory.WithDbAsync(db => db.AuditEntries.Select(e => e.Action).ToListAsync());
        Assert.Contains(AuditActions.ArticlePublished, actions);
        Assert.Contains(AuditActions.ArticleUnpublished, actions);
    }

    [Fact]
    public async Task AnApproverSendsBackWithACommentThatTheEditorSees()
    {
        using var editor = await _factory.SignedInAsync(Roles.Editor);
        using var approver = await _factory.SignedInAsync(Roles.Approver);
        var id = await editor.WriteAsync(new ArticleFormBuilder(), submit: true);

        var sentBack = await approver.ReviewAsync(id, "SendBack", new() { ["Comment"] = "Bổ sung số liệu sơ tán của huyện Xuyên Mộc." });

        Assert.Equal(HttpStatusCode.Redirect, sentBack.StatusCode);
        Assert.Equal(PublicationStatus.Draft, (await _factory.ArticleAsync(id)).Status);
        Assert.Contains("Bổ sung số liệu sơ tán của huyện Xuyên Mộc.", Html.Text(await editor.GetStringAsync($"/admin/articles/edit/{id}")));
    }

    [Fact]
    public async Task AnEditorCannotChangeAPublishedArticle()
    {
        using var editor = await _factory.SignedInAsync(Roles.Editor);
        var published = await _factory.WithDbAsync(db => db.Articles.OrderBy(a => a.Id).FirstAsync());

        var response = await editor.EditAsync(published.Id, f => f["Input.Title"] = "Tiêu đề bị sửa trái phép");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("chỉ người duyệt bài được sửa", Html.Text(await response.Content.ReadAsStringAsync()));
        Assert.Equal(published.Title, (await _factory.ArticleAsync(published.Id)).Title);
    }

    [Fact]
    public async Task AnApproverDeletesAnArticleAndTheLogSaysSo()
    {
        using var approver = await _factory.SignedInAsync(Roles.Approver);
        var article = await _factory.WithDbAsync(db => db.Articles.OrderBy(a => a.Id).FirstAsync());

        var response = await approver.SubmitFormAsync($"/admin/articles/delete/{article.Id}", []);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.False(await _factory.WithDbAsync(db => db.Articles.AnyAsync(a => a.Id == article.Id)));
        Assert.Equal(HttpStatusCode.NotFound, (await _factory.CreateBrowser().GetAsync($"/bai-viet/{article.Id}/{article.Slug}")).StatusCode);
        Assert.True(await _factory.WithDbAsync(db => db.AuditEntries.AnyAsync(e => e.Action == AuditActions.ArticleDeleted && e.Target.Contains(article.Title))));
    }

    [Theory]
    [InlineData("ngày mai")]
    [InlineData("31/02/2026 10:00")]
    [InlineData("2026-13-01T10:00")]
    [InlineData("")]
    [InlineData("01/01/2020 10:00")]
    public async Task AScheduleTimeThatIsNotAValidFutureTimeIsRefusedWithAMessage(string publishAt)
    {
        using var approver = await _factory.SignedInAsync(Roles.Approver);
        var article = await _factory.WithDbAsync(db => db.Articles.OrderBy(a => a.Id).FirstAsync(a => a.Status == PublicationStatus.Published));
        await approver.ReviewAsync(article.Id, "Unpublish");

        var response = await approver.ReviewAsync(article.Id, "Schedule", new() { ["PublishAt"] = publishAt });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var text = Html.Text(await response.Content.ReadAsStringAsync());
        Assert.True(text.Contains("Thời điểm đăng không hợp lệ", StringComparison.Ordinal) || text.Contains("phải sau thời điểm hiện tại", StringComparison.Ordinal), text[..300]);
        Assert.Equal(PublicationStatus.Unpublished, (await _factory.ArticleAsync(article.Id)).Status);
    }

    [Fact]
    public async Task AnApproverActingOnAVersionThatChangedSinceIsAskedToLookAgain()
    {
        using var editor = await _factory.SignedInAsync(Roles.Editor);
        using var approver = await _factory.SignedInAsync(Roles.Approver);
        var id = await editor.WriteAsync(new ArticleFormBuilder(), submit: true);
        var reviewPage = await approver.GetStringAsync($"/admin/articles/review/{id}");
        await editor.EditAsync(id, f => f["Input.BodyMarkdown"] = "Nội dung đã đổi sau khi người duyệt mở trang.");

        var version = System.Text.RegularExpressions.Regex.Match(reviewPage, "name=\"Version\" value=\"([^\"]+)\"").Groups[1].Value;
        var response = await approver.PostFormAsync($"/admin/articles/review/{id}", new() { ["Version"] = version }, Newsroom.AntiforgeryToken(reviewPage), "Publish");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("vừa được người khác thay đổi", Html.Text(await response.Content.ReadAsStringAsync()));
        Assert.Equal(PublicationStatus.Submitted, (await _factory.ArticleAsync(id)).Status);
    }
}
