using System.Net;
using Microsoft.EntityFrameworkCore;

namespace Portal.Tests.Integration;

public sealed class CategoryFormsWithoutAnAntiforgeryToken(AdministratorFixture admin) : IClassFixture<AdministratorFixture>
{
    [Theory]
    [InlineData("add")]
    [InlineData("edit")]
    [InlineData("delete")]
    [InlineData("move-up")]
    [InlineData("move-down")]
    public async Task AreRefusedWithABadRequestAndChangeNothing(string form)
    {
        var category = await admin.AddCategoryAsync($"Không token {AdministratorFixture.UniqueTag()}");
        var (url, handler) = form switch
        {
            "add" => (CategoryAdmin.AddUrl, null),
            "edit" => (CategoryAdmin.EditUrl(category.Id), null),
            "delete" => (CategoryAdmin.DeleteUrl(category.Id), null),
            "move-up" => ($"{CategoryAdmin.ListUrl}?id={category.Id}", "MoveUp"),
            _ => ($"{CategoryAdmin.ListUrl}?id={category.Id}", "MoveDown"),
        };
        var before = await admin.Factory.WithDbAsync(db => db.Categories.AsNoTracking().OrderBy(c => c.Id).ToListAsync());

        var response = await admin.Browser.PostFormAsync(url, CategoryAdmin.Form($"Giả mạo {AdministratorFixture.UniqueTag()}", "", "1"), token: null, handler);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var after = await admin.Factory.WithDbAsync(db => db.Categories.AsNoTracking().OrderBy(c => c.Id).ToListAsync());
        Assert.Equal(before.Select(c => (c.Id, c.Name, c.Slug, c.SortOrder)), after.Select(c => (c.Id, c.Name, c.Slug, c.SortOrder)));
    }
}
