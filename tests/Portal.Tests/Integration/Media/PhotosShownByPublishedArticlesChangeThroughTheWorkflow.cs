using System.Net;
using Portal.Tests.Builders;
using Portal.Web.Accounts;
using Portal.Web.Auditing;

namespace Portal.Tests.Integration;

/// <summary>
/// A photo's words are part of what the articles that show it say: while a published or submitted article shows
/// it, an editor cannot change them, and an approver's change leaves a revision in each such article's history.
/// </summary>
public sealed class PhotosShownByPublishedArticlesChangeThroughTheWorkflow(AdministratorFixture admin) : IClassFixture<AdministratorFixture>
{
    [Fact]
    public async Task AnEditorIsRefusedTheCaptionOfAPublishedArticlesPhotoWithTheTextKeptAndThePublicPageUnchanged()
    {
        var photo = await admin.Factory.AddPhotoAsync($"Cầu Cỏ May {AdministratorFixture.UniqueTag()}", "Chú thích đã duyệt", "Hoàng Nam", 800, 600);
        var articleId = await admin.Browser.WriteAsync(new ArticleFormBuilder().With(f => f.Body = $"Mở đầu.\n\n{MediaLibrary.Markdown(photo.Id)}\n\nKết thúc."));
        var path = await admin.PublishAsync(articleId);
        var versionBefore = (await admin.Factory.ArticleAsync(articleId)).Version;
        using var editor = await admin.Factory.SignedInAsync(Roles.Editor);

        var response = await editor.SubmitFormAsync(MediaLibrary.EditUrl(photo.Id), MediaLibrary.Words(photo.AltText, "<b>Chú thích chưa duyệt</b>", "Kẻ mạo danh"));

        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Chỉ người duyệt bài được sửa", Html.Text(html));
        Assert.Equal("<b>Chú thích chưa duyệt</b>", AdministratorFixture.InputValue(html, "Input.Caption"));
        Assert.Equal("Kẻ mạo danh", AdministratorFixture.InputValue(html, "Input.Credit"));
        var page = Html.Text(await admin.PublicPageAsync(path));
        Assert.Contains("Chú thích đã duyệt Ảnh: Hoàng Nam", page);
        Assert.DoesNotContain("chưa duyệt", page);
        Assert.Equal(("Chú thích đã duyệt", "Hoàng Nam"), ((await admin.Factory.PhotoAsync(photo.Id)).Caption, (await admin.Factory.PhotoAsync(photo.Id)).Credit));
        Assert.Equal(versionBefore, (await admin.Factory.ArticleAsync(articleId)).Version);
        Assert.Empty(await admin.AuditEntriesAsync(AuditActions.PhotoChanged, $"ảnh #{photo.Id} {photo.AltText}"));
    }

    [Fact]
    public async Task AnEditorIsRefusedTheAlternativeTextOfTheCoverOfASubmittedArticle()
    {
        var photo = await admin.Factory.AddPhotoAsync($"Trường học {AdministratorFixture.UniqueTag()}", width: 400, height: 300);
        await admin.Browser.WriteAsync(new ArticleFormBuilder().With(f => f.CoverPhotoId = photo.Id), submit: true);
        using var editor = await admin.Factory.SignedInAsync(Roles.Editor);

        var response = await editor.SubmitFormAsync(MediaLibrary.EditUrl(photo.Id), MediaLibrary.Words("Văn bản thay thế chưa duyệt"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("đang chờ duyệt", Html.Text(await response.Content.ReadAsStringAsync()));
        Assert.Equal(photo.AltText, (await admin.Factory.PhotoAsync(photo.Id)).AltText);
    }

    [Fact]
    public async Task AnApproversChangeShowsOnThePublicPageAndLeavesARevisionInTheArticlesHistory()
    {
        var photo = await admin.Factory.AddPhotoAsync($"Bến tàu {AdministratorFixture.UniqueTag()}", "Chú thích cũ", "Người chụp", 800, 600);
        var inBody = await admin.Browser.WriteAsync(new ArticleFormBuilder().With(f => f.Body = $"Mở đầu.\n\n{MediaLibrary.Markdown(photo.Id)}"));
        var path = await admin.PublishAsync(inBody);
        var asCover = await admin.Browser.WriteAsync(new ArticleFormBuilder().With(f => f.CoverPhotoId = photo.Id), submit: true);
        var coverVersion = (await admin.Factory.ArticleAsync(asCover)).Version;
        var approverEmail = await admin.Factory.CreateUserAsync(Roles.Approver, displayName: "Lê Thị Duyệt Ảnh");
        using var approver = admin.Factory.CreateBrowser();
        Assert.Equal(HttpStatusCode.Redirect, (await approver.TrySignInAsync(approverEmail, Newsroom.Password)).StatusCode);

        var response = await approver.SubmitFormAsync(MediaLibrary.EditUrl(photo.Id), MediaLibrary.Words(photo.AltText, "Tàu cập bến Cát Lở", "Người chụp"));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("Tàu cập bến Cát Lở Ảnh: Người chụp", Html.Text(await admin.PublicPageAsync(path)));
        foreach (var articleId in new[] { inBody, asCover })
        {
            var history = Html.Text(await admin.AdminPageAsync($"/admin/articles/history/{articleId}"));
            Assert.Contains($"Lê Thị Duyệt Ảnh Sửa thông tin ảnh số {photo.Id}: chú thích", history);
        }
        Assert.NotEqual(coverVersion, (await admin.Factory.ArticleAsync(asCover)).Version);
        var entry = Assert.Single(await admin.AuditEntriesAsync(AuditActions.PhotoChanged, $"ảnh #{photo.Id} {photo.AltText}"));
        Assert.Contains("chú thích: “Chú thích cũ” → “Tàu cập bến Cát Lở”", entry.Details);
        Assert.Equal(approverEmail, entry.UserName);
    }

    [Fact]
    public async Task APhotoUsedOnlyByDraftsStaysEditableByAnEditor()
    {
        var photo = await admin.Factory.AddPhotoAsync($"Đồng lúa {AdministratorFixture.UniqueTag()}", "Chú thích nháp", width: 400, height: 300);
        var draft = await admin.Browser.WriteAsync(new ArticleFormBuilder().With(f => f.Body = MediaLibrary.Markdown(photo.Id)));
        var versionBefore = (await admin.Factory.ArticleAsync(draft)).Version;
        using var editor = await admin.Factory.SignedInAsync(Roles.Editor);

        var response = await editor.SubmitFormAsync(MediaLibrary.EditUrl(photo.Id), MediaLibrary.Words(photo.AltText, "Lúa chín vàng"));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("Lúa chín vàng", (await admin.Factory.PhotoAsync(photo.Id)).Caption);
        Assert.Contains("<figcaption>Lúa chín vàng</figcaption>", WebUtility.HtmlDecode((await admin.Factory.ArticleAsync(draft)).BodyHtml));
        Assert.Equal(versionBefore, (await admin.Factory.ArticleAsync(draft)).Version);
    }
}
