using System.Net;
using Microsoft.EntityFrameworkCore;
using Portal.Web.Auditing;

namespace Portal.Tests.Integration;

public sealed class DeletingAnEmptyCategory(AdministratorFixture admin) : IClassFixture<AdministratorFixture>
{
    [Fact]
    public async Task TheConfirmationPageNamesTheCategoryAndOffersNoMove()
    {
        var category = await admin.AddCategoryAsync($"Lưu trữ {AdministratorFixture.UniqueTag()}");

        var html = await admin.AdminPageAsync(CategoryAdmin.DeleteUrl(category.Id));

        var text = Html.Text(html);
        Assert.Contains($"Xóa chuyên mục “{category.Name}”", text);
        Assert.Contains("không có bài viết nào", text);
        Assert.DoesNotContain("<select", html);
    }

    [Fact]
    public async Task AfterConfirmationItIsGoneFromTheListAndThePublicSite()
    {
        var category = await admin.AddCategoryAsync($"Tạm thời {AdministratorFixture.UniqueTag()}");

        var response = await admin.Browser.SubmitFormAsync(CategoryAdmin.DeleteUrl(category.Id), []);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(CategoryAdmin.ListUrl, response.Headers.Location!.OriginalString);
        var list = Html.Text(await admin.AdminPageAsync(CategoryAdmin.ListUrl));
        Assert.Contains($"Đã xóa chuyên mục “{category.Name}”.", list);
        Assert.False(await admin.Factory.WithDbAsync(db => db.Categories.AnyAsync(c => c.Id == category.Id)));
        Assert.DoesNotContain(await admin.PublicNavigationAsync(), link => link.Slug == category.Slug);
        using var citizen = admin.Factory.CreateBrowser();
        Assert.Equal(HttpStatusCode.NotFound, (await citizen.GetAsync($"/chuyen-muc/{category.Slug}")).StatusCode);
    }

    [Fact]
    public async Task TheDeletionIsRecordedInTheAuditLog()
    {
        var category = await admin.AddCategoryAsync($"Bỏ đi {AdministratorFixture.UniqueTag()}");

        await admin.Browser.SubmitFormAsync(CategoryAdmin.DeleteUrl(category.Id), []);

        var entry = Assert.Single(await admin.AuditEntriesAsync(AuditActions.CategoryDeleted, category.Name));
        Assert.Equal(admin.Email, entry.UserName);
        Assert.Contains(category.Slug, entry.Details);
    }
}
