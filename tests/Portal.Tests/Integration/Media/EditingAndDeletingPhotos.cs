using System.Net;
using Microsoft.EntityFrameworkCore;
using Portal.Tests.Builders;
using Portal.Web.Auditing;

namespace Portal.Tests.Integration;

public sealed class EditingAndDeletingPhotos(AdministratorFixture admin) : IClassFixture<AdministratorFixture>
{
    [Fact]
    public async Task NewWordsShowAtOnceOnTheArticleThatUsesThePhotoInItsBody()
    {
        var photo = await admin.Factory.AddPhotoAsync($"Bến tàu {AdministratorFixture.UniqueTag()}", "Chú thích cũ", "Người chụp cũ", 800, 600);
        var articleId = await admin.Browser.WriteAsync(new ArticleFormBuilder().With(f => f.Body = $"Mở đầu.\n\n{MediaLibrary.Markdown(photo.Id)}\n\nKết thúc."));
        var path = await admin.PublishAsync(articleId);
        Assert.Contains("Chú thích cũ", Html.Text(await admin.PublicPageAsync(path)));

        var response = await admin.Browser.SubmitFormAsync(MediaLibrary.EditUrl(photo.Id), MediaLibrary.Words(photo.AltText, "Tàu cập bến Cát Lở", "Hoàng Nam"));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var page = Html.Text(await admin.PublicPageAsync(path));
        Assert.Contains("Tàu cập bến Cát Lở Ảnh: Hoàng Nam", page);
        Assert.DoesNotContain("Chú thích cũ", page);
        Assert.Single(await admin.AuditEntriesAsync(AuditActions.PhotoChanged, $"ảnh #{photo.Id} {photo.AltText}"));
    }

    [Fact]
    public async Task EmptiedAlternativeTextIsRefusedAndTheOtherWordsKept()
    {
        var photo = await admin.Factory.AddPhotoAsync($"Cổng trường {AdministratorFixture.UniqueTag()}", width: 400, height: 300);

        var response = await admin.Browser.SubmitFormAsync(MediaLibrary.EditUrl(photo.Id), MediaLibrary.Words("", "Chú thích mới", "Lan Anh"));

        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Xin nhập lời mô tả ảnh (văn bản thay thế).", MediaLibrary.FieldError(html, "Input.AltText"));
        Assert.Equal("Lan Anh", AdministratorFixture.InputValue(html, "Input.Credit"));
        Assert.Equal(photo.AltText, (await admin.Factory.PhotoAsync(photo.Id)).AltText);
    }

    [Fact]
    public async Task APhotoInUseCannotBeDeletedAndTheMessageNamesTheArticles()
    {
        var photo = await admin.Factory.AddPhotoAsync($"Đê biển {AdministratorFixture.UniqueTag()}", width: 400, height: 300);
        var title = $"Gia cố đê biển {photo.Id}";
        await admin.Browser.WriteAsync(new ArticleFormBuilder().With(f =>
        {
            f.Title = title;
            f.CoverPhotoId = photo.Id;
        }));

        var confirmation = Html.Text(await admin.AdminPageAsync(MediaLibrary.DeleteUrl(photo.Id)));
        var response = await admin.Browser.PostFormAsync(MediaLibrary.DeleteUrl(photo.Id), [],
            Newsroom.AntiforgeryToken(await admin.AdminPageAsync(MediaLibrary.ListUrl)));

        Assert.Contains("Không thể xóa ảnh đang được dùng", confirmation);
        Assert.Contains(title, confirmation);
        var refusal = Html.Text(await response.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains($"Không xóa được: ảnh đang được dùng trong “{title}”", refusal);
        Assert.True(await admin.Factory.WithDbAsync(db => db.Photos.AnyAsync(p => p.Id == photo.Id)));
    }

    [Fact]
    public async Task AnUnusedPhotoIsDeletedAfterConfirmation()
    {
        // A size of its own, so that no other photo shares its bytes (those would stay).
        var photo = await admin.Factory.AddPhotoAsync($"Ảnh thừa {AdministratorFixture.UniqueTag()}", width: 411, height: 287);

        var confirmation = Html.Text(await admin.AdminPageAsync(MediaLibrary.DeleteUrl(photo.Id)));
        var response = await admin.Browser.SubmitFormAsync(MediaLibrary.DeleteUrl(photo.Id), []);

        Assert.Contains("Việc xóa không hoàn tác được", confirmation);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.False(await admin.Factory.WithDbAsync(db => db.Photos.AnyAsync(p => p.Id == photo.Id)));
        Assert.Contains($"Đã xóa ảnh số {photo.Id}.", Html.Text(await admin.AdminPageAsync(MediaLibrary.ListUrl)));
        Assert.Single(await admin.AuditEntriesAsync(AuditActions.PhotoDeleted, $"ảnh #{photo.Id} {photo.AltText}"));
        using var citizen = admin.Factory.CreateBrowser();
        var variant = photo.Variants[0];
        Assert.Equal(HttpStatusCode.NotFound, (await citizen.GetAsync($"/anh/{variant.Hash}.{(variant.Format == "jpeg" ? "jpg" : "webp")}")).StatusCode);
    }

    [Fact]
    public async Task AnUnknownPhotoIsNotFound()
    {
        Assert.Equal(HttpStatusCode.NotFound, (await admin.Browser.GetAsync(MediaLibrary.EditUrl(999_999))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.Browser.GetAsync(MediaLibrary.DeleteUrl(999_999))).StatusCode);
    }
}
