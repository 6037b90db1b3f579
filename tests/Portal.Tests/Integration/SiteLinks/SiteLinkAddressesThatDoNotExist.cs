using System.Net;
using Microsoft.EntityFrameworkCore;

namespace Portal.Tests.Integration;

public sealed class SiteLinkAddressesThatDoNotExist(AdministratorFixture admin) : IClassFixture<AdministratorFixture>
{
    [Theory]
    [InlineData("/admin/sitelinks/edit/999999")]
    [InlineData("/admin/sitelinks/edit/0")]
    [InlineData("/admin/sitelinks/edit/abc")]
    [InlineData("/admin/sitelinks/delete/999999")]
    [InlineData("/admin/sitelinks/delete")]
    [InlineData("/admin/sitelinks/delete/-1")]
    public async Task OpeningOneIsNotFound(string url)
    {
        var response = await admin.Browser.GetAsync(url);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("text/html", response.Content.Headers.ContentType?.MediaType);
    }

    [Theory]
    [InlineData("/admin/sitelinks/edit/999999", null)]
    [InlineData("/admin/sitelinks/delete/999999", null)]
    [InlineData("/admin/sitelinks?id=999999", "MoveUp")]
    [InlineData("/admin/sitelinks?id=999999", "MoveDown")]
    [InlineData("/admin/sitelinks", "MoveUp")]
    public async Task PostingToOneWithAValidTokenIsNotFoundAndChangesNothing(string url, string? handler)
    {
        var token = Newsroom.AntiforgeryToken(await admin.AdminPageAsync(SiteLinkAdmin.AddUrl));
        var auditBefore = await admin.Factory.WithDbAsync(db => db.AuditEntries.CountAsync());

        var response = await admin.Browser.PostFormAsync(url, SiteLinkAdmin.Form("Tên", "https://chinhphu.vn"), token, handler);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(auditBefore, await admin.Factory.WithDbAsync(db => db.AuditEntries.CountAsync()));
    }
}
