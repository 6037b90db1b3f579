using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Portal.Web.Auditing;

namespace Portal.Tests.Integration;

public sealed partial class DeletingACategoryWithArticles(AdministratorFixture admin) : IClassFixture<AdministratorFixture>
{
    private static Dictionary<string, string> MoveTo(string target) => new() { ["Input.MoveArticlesTo"] = target };

    [Fact]
    public async Task ThePageSaysHowManyArticlesItHasAndOffersEveryOtherCategory()
    {
        var category = await admin.AddCategoryAsync($"Có bài {AdministratorFixture.UniqueTag()}");
        await admin.AddArticlesAsync(category.Id, 3);

        var html = await admin.AdminPageAsync(CategoryAdmin.DeleteUrl(category.Id));

        Assert.Contains("Chuyên mục này còn 3 bài viết.", Html.Text(html));
        var offered = OptionValue().Matches(html).Select(m => int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture)).Order();
        var others = await admin.Factory.WithDbAsync(db => db.Categories.Where(c => c.Id != category.Id).Select(c => c.Id).ToListAsync());
        Assert.Equal(others.Order(), offered);
        Assert.Contains("Chuyển 3 bài viết và xóa chuyên mục", Html.Text(html));
    }

    [Fact]
    public async Task WithoutAChoiceOfWhereTheArticlesGoItIsNotDeleted()
    {
        var category = await admin.AddCategoryAsync($"Chưa chọn {AdministratorFixture.UniqueTag()}");
        await admin.AddArticlesAsync(category.Id, 2);

        var response = await admin.Browser.SubmitFormAsync(CategoryAdmin.DeleteUrl(category.Id), MoveTo(""));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var text = Html.Text(await response.Content.ReadAsStringAsync());
        Assert.Contains("Chưa xóa được: Chuyên mục còn bài viết. Xin chọn chuyên mục để chuyển các bài viết sang trước khi xóa.", text);
        Assert.Contains("Chuyên mục này còn 2 bài viết.", text);
        Assert.True(await admin.Factory.WithDbAsync(db => db.Categories.AnyAsync(c => c.Id == category.Id)));
        Assert.Empty(await admin.AuditEntriesAsync(AuditActions.CategoryDeleted, category.Name));
    }

    [Theory]
    [InlineData("itself", "Không thể chuyển bài viết sang chính chuyên mục đang xóa. Xin chọn chuyên mục khác.")]
    [InlineData("999999", "Chuyên mục được chọn không tồn tại. Xin chọn chuyên mục khác.")]
    [InlineData("-1", "Chuyên mục được chọn không tồn tại. Xin chọn chuyên mục khác.")]
    [InlineData("abc", "Giá trị 'abc' không hợp lệ cho Chuyển các bài viết sang chuyên mục.")]
    [InlineData("99999999999999", "Giá trị '99999999999999' không hợp lệ cho Chuyển các bài viết sang chuyên mục.")]
    public async Task AMoveToItselfOrToACategoryThatDoesNotExistIsRefused(string target, string message)
    {
        var category = await admin.AddCategoryAsync($"Sai đích {AdministratorFixture.UniqueTag()}");
        var articles = await admin.AddArticlesAsync(category.Id, 2);

        var response = await admin.Browser.SubmitFormAsync(
            CategoryAdmin.DeleteUrl(category.Id), MoveTo(target == "itself" ? category.Id.ToString(CultureInfo.InvariantCulture) : target));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(message, Html.Text(await response.Content.ReadAsStringAsync()));
        Assert.True(await admin.Factory.WithDbAsync(db => db.Categories.AnyAsync(c => c.Id == category.Id)));
        var ids = articles.Select(a => a.Id).ToList();
        Assert.Equal(2, await admin.Factory.WithDbAsync(db => db.Articles.CountAsync(a => ids.Contains(a.Id) && a.CategoryId == category.Id)));
    }

    [Fact]
    public async Task TheArticlesMoveToTheChosenCategoryAndThenItIsDeleted()
    {
        var tag = AdministratorFixture.UniqueTag();
        var category = await admin.AddCategoryAsync($"Sáp nhập {tag}");
        var target = await admin.AddCategoryAsync($"Nhận bài {tag}");
        var articles = await admin.AddArticlesAsync(category.Id, 3);

        var response = await admin.Browser.SubmitFormAsync(CategoryAdmin.DeleteUrl(category.Id), MoveTo(target.Id.ToString(CultureInfo.InvariantCulture)));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains($"Đã chuyển 3 bài viết sang chuyên mục “{target.Name}” và xóa chuyên mục “{category.Name}”.",
            Html.Text(await admin.AdminPageAsync(CategoryAdmin.ListUrl)));
        Assert.False(await admin.Factory.WithDbAsync(db => db.Categories.AnyAsync(c => c.Id == category.Id)));
        var ids = articles.Select(a => a.Id).ToList();
        var moved = await admin.Factory.WithDbAsync(db => db.Articles.Where(a => ids.Contains(a.Id)).ToListAsync());
        Assert.All(moved, a => Assert.Equal(target.Id, a.CategoryId));
        Assert.All(moved, a => Assert.NotEqual(articles.Single(o => o.Id == a.Id).Version, a.Version));
        // Citizens find them under their new category.
        var targetPage = Html.Text(await admin.PublicPageAsync($"/chuyen-muc/{target.Slug}"));
        Assert.All(articles, a => Assert.Contains(a.Title, targetPage));
        Assert.Contains(target.Name, Html.Text(await admin.PublicPageAsync($"/bai-viet/{articles[0].Id}/{articles[0].Slug}")));
    }

    [Fact]
    public async Task TheMoveAndTheDeletionAreRecordedInTheAuditLog()
    {
        var tag = AdministratorFixture.UniqueTag();
        var category = await admin.AddCategoryAsync($"Ghi nhật ký {tag}");
        var target = await admin.AddCategoryAsync($"Đích nhật ký {tag}");
        await admin.AddArticlesAsync(category.Id, 4);

        await admin.Browser.SubmitFormAsync(CategoryAdmin.DeleteUrl(category.Id), MoveTo(target.Id.ToString(CultureInfo.InvariantCulture)));

        var changes = await admin.AuditEntriesAsync(AuditActions.CategoryChanged, category.Name);
        Assert.Equal($"Chuyển 4 bài viết sang chuyên mục {target.Name}", changes[^1].Details);
        var deletion = Assert.Single(await admin.AuditEntriesAsync(AuditActions.CategoryDeleted, category.Name));
        Assert.Equal(admin.Email, deletion.UserName);
    }

    [GeneratedRegex("<option value=\"([0-9]+)\"")]
    private static partial Regex OptionValue();
}
