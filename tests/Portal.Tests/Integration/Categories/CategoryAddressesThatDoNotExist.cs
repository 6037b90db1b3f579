using System.Net;
using Microsoft.EntityFrameworkCore;

namespace Portal.Tests.Integration;

public sealed class CategoryAddressesThatDoNotExist(AdministratorFixture admin) : IClassFixture<AdministratorFixture>
{
    [Theory]
    [InlineData("/admin/categories/edit/999999")]
    [InlineData("/admin/categories/edit/0")]
    [InlineData("/admin/categories/edit/abc")]
    [InlineData("/admin/categories/edit/99999999999")]
    [InlineData("/admin/categories/delete/999999")]
    [InlineData("/admin/categories/delete")]
    [InlineData("/admin/categories/delete/abc")]
    public async Task OpeningOneIsNotFound(string url)
    {
        var response = await admin.Browser.GetAsync(url);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("text/html", response.Content.Headers.ContentType?.MediaType);
    }

    [Theory]
    [InlineData("/admin/categories/edit/999999", null)]
    [InlineData("/admin/categories/delete/999999", null)]
    [InlineData("/admin/categories?id=999999", "MoveUp")]
    [InlineData("/admin/categories?id=999999", "MoveDown")]
    [InlineData("/admin/categories?id=abc", "MoveDown")]
    public async Task PostingToOneWithAValidTokenIsNotFoundAndChangesNothing(string url, string? handler)
    {
        var token = Newsroom.AntiforgeryToken(await admin.AdminPageAsync(CategoryAdmin.AddUrl));
        var auditBefore = await admin.Factory.WithDbAsync(db => db.AuditEntries.CountAsync());

        var response = await admin.Browser.PostFormAsync(url, CategoryAdmin.Form("Tên", "ten", "1"), token, handler);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(auditBefore, await admin.Factory.WithDbAsync(db => db.AuditEntries.CountAsync()));
    }
}
