using System.Net;
using Microsoft.EntityFrameworkCore;
using Portal.Web.Auditing;
using Portal.Web.Categories;

namespace Portal.Tests.Integration;

public sealed class ReorderingCategories(AdministratorFixture admin) : IClassFixture<AdministratorFixture>
{
    private Task<List<Category>> InOrderAsync() =>
        admin.Factory.WithDbAsync(db => db.Categories.OrderBy(c => c.SortOrder).ThenBy(c => c.Name).ThenBy(c => c.Id).ToListAsync());

    private static string MoveForm(string handler, int id) => $"action=\"{CategoryAdmin.ListUrl}?id={id}&amp;handler={handler}\"";

    private Task<HttpResponseMessage> MoveAsync(string handler, int id) =>
        admin.Browser.SubmitFormAsync(CategoryAdmin.ListUrl, [], handler, postUrl: $"{CategoryAdmin.ListUrl}?id={id}");

    [Fact]
    public async Task EveryCategoryCanMoveUpExceptTheFirstAndDownExceptTheLast()
    {
        var categories = await InOrderAsync();

        var html = await admin.AdminPageAsync(CategoryAdmin.ListUrl);

        Assert.DoesNotContain(MoveForm("MoveUp", categories[0].Id), html);
        Assert.DoesNotContain(MoveForm("MoveDown", categories[^1].Id), html);
        Assert.All(categories.Skip(1), c => Assert.Contains(MoveForm("MoveUp", c.Id), html));
        Assert.All(categories.SkipLast(1), c => Assert.Contains(MoveForm("MoveDown", c.Id), html));
    }

    [Fact]
    public async Task MovingACategoryDownSwapsItWithTheNextInThePublicNavigation()
    {
        var before = await InOrderAsync();
        var (first, second) = (before[0], before[1]);

        var response = await MoveAsync("MoveDown", first.Id);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains($"Đã chuyển chuyên mục “{first.Name}” xuống.", Html.Text(await admin.AdminPageAsync(CategoryAdmin.ListUrl)));
        var expected = before.Select(c => c.Name).ToList();
        (expected[0], expected[1]) = (second.Name, first.Name);
        Assert.Equal(expected, (await admin.PublicNavigationAsync()).Select(link => link.Name));
    }

    [Fact]
    public async Task MovingACategoryUpSwapsItWithThePreviousInThePublicNavigation()
    {
        var before = await InOrderAsync();
        var (last, previous) = (before[^1], before[^2]);

        var response = await MoveAsync("MoveUp", last.Id);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var expected = before.Select(c => c.Name).ToList();
        (expected[^2], expected[^1]) = (last.Name, previous.Name);
        Assert.Equal(expected, (await admin.PublicNavigationAsync()).Select(link => link.Name));
    }

    [Fact]
    public async Task TheFirstCategoryStaysFirstWhenMovedUp()
    {
        var before = await InOrderAsync();

        var response = await MoveAsync("MoveUp", before[0].Id);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(before.Select(c => c.Id), (await InOrderAsync()).Select(c => c.Id));
    }

    [Fact]
    public async Task CategoriesWithTheSameOrderCanStillBeSwapped()
    {
        var tag = AdministratorFixture.UniqueTag();
        var a = await admin.AddCategoryAsync($"A cùng thứ tự {tag}");
        var b = await admin.AddCategoryAsync($"B cùng thứ tự {tag}");

        await MoveAsync("MoveUp", b.Id);

        var after = (await InOrderAsync()).Select(c => c.Id).ToList();
        Assert.Equal(after.IndexOf(a.Id) - 1, after.IndexOf(b.Id));
    }

    [Fact]
    public async Task AMoveIsRecordedInTheAuditLog()
    {
        var before = await InOrderAsync();

        await MoveAsync("MoveDown", before[1].Id);

        var entry = (await admin.AuditEntriesAsync(AuditActions.CategoryChanged, before[1].Name))[^1];
        Assert.Equal(admin.Email, entry.UserName);
        Assert.Equal($"Chuyển xuống dưới {before[2].Name}", entry.Details);
    }
}
