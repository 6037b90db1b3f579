using System.Net;
using Microsoft.EntityFrameworkCore;
using Portal.Web.Auditing;

namespace Portal.Tests.Integration;

public sealed class EditingACategory(AdministratorFixture admin) : IClassFixture<AdministratorFixture>
{
    [Fact]
    public async Task TheFormShowsTheCategorysCurrentValues()
    {
        var category = await admin.AddCategoryAsync($"Giáo dục {AdministratorFixture.UniqueTag()}");

        var html = await admin.AdminPageAsync(CategoryAdmin.EditUrl(category.Id));

        Assert.Contains("<h1>Sửa chuyên mục</h1>", html);
        Assert.Equal(category.Name, AdministratorFixture.InputValue(html, "Input.Name"));
        Assert.Equal(category.Slug, AdministratorFixture.InputValue(html, "Input.Slug"));
        Assert.Equal("50", AdministratorFixture.InputValue(html, "Input.SortOrder"));
    }

    [Fact]
    public async Task ANewNameAndSlugReachThePublicSiteAndTheOldAddressIsGone()
    {
        var tag = AdministratorFixture.UniqueTag();
        var category = await admin.AddCategoryAsync($"Y tế {tag}");
        var newName = $"Y tế - Sức khỏe {tag}";
        var newSlug = $"y-te-suc-khoe-{tag}";

        var response = await admin.Browser.SubmitFormAsync(CategoryAdmin.EditUrl(category.Id), CategoryAdmin.Form(newName, newSlug, "40"));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains($"Đã lưu chuyên mục “{newName}”.", Html.Text(await admin.AdminPageAsync(CategoryAdmin.ListUrl)));
        var navigation = await admin.PublicNavigationAsync();
        Assert.Contains((newSlug, newName), navigation);
        Assert.DoesNotContain(navigation, link => link.Slug == category.Slug || link.Name == category.Name);
        Assert.Contains($"<h1 class=\"section-title\">{newName}</h1>", await admin.PublicPageAsync($"/chuyen-muc/{newSlug}"));
        using var citizen = admin.Factory.CreateBrowser();
        Assert.Equal(HttpStatusCode.NotFound, (await citizen.GetAsync($"/chuyen-muc/{category.Slug}")).StatusCode);
    }

    [Fact]
    public async Task KeepingItsOwnSlugIsNotTakenForADuplicate()
    {
        var category = await admin.AddCategoryAsync($"Du lịch {AdministratorFixture.UniqueTag()}");

        var response = await admin.Browser.SubmitFormAsync(CategoryAdmin.EditUrl(category.Id), CategoryAdmin.Form(category.Name + " biển", category.Slug));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var stored = await admin.Factory.WithDbAsync(db => db.Categories.SingleAsync(c => c.Id == category.Id));
        Assert.Equal((category.Name + " biển", category.Slug), (stored.Name, stored.Slug));
    }

    [Fact]
    public async Task TheChangeIsRecordedInTheAuditLogWithTheOldAndNewValues()
    {
        var tag = AdministratorFixture.UniqueTag();
        var category = await admin.AddCategoryAsync($"Thể thao {tag}");
        var newName = $"Thể dục - Thể thao {tag}";

        await admin.Browser.SubmitFormAsync(CategoryAdmin.EditUrl(category.Id), CategoryAdmin.Form(newName, category.Slug, "7"));

        var entry = Assert.Single(await admin.AuditEntriesAsync(AuditActions.CategoryChanged, newName));
        Assert.Equal(admin.Email, entry.UserName);
        Assert.Contains($"tên: {category.Name} → {newName}", entry.Details);
        Assert.Contains("thứ tự: 50 → 7", entry.Details);
        Assert.DoesNotContain("đường dẫn", entry.Details);
    }

    [Fact]
    public async Task TakingAnotherCategorysSlugIsRefusedAndWhatWasTypedIsKept()
    {
        var category = await admin.AddCategoryAsync($"Giao thông {AdministratorFixture.UniqueTag()}");

        var response = await admin.Browser.SubmitFormAsync(CategoryAdmin.EditUrl(category.Id), CategoryAdmin.Form("Tên mới đã gõ", "tin-tuc-su-kien", "12"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("Đường dẫn “tin-tuc-su-kien” đã có chuyên mục khác dùng. Xin chọn đường dẫn khác.", Html.Text(html));
        Assert.Equal("Tên mới đã gõ", AdministratorFixture.InputValue(html, "Input.Name"));
        Assert.Equal("tin-tuc-su-kien", AdministratorFixture.InputValue(html, "Input.Slug"));
        Assert.Equal("12", AdministratorFixture.InputValue(html, "Input.SortOrder"));
        var stored = await admin.Factory.WithDbAsync(db => db.Categories.SingleAsync(c => c.Id == category.Id));
        Assert.Equal((category.Name, category.Slug), (stored.Name, stored.Slug));
    }
}
