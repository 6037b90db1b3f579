using System.Net;
using Microsoft.EntityFrameworkCore;
using Portal.Web.Auditing;

namespace Portal.Tests.Integration;

public sealed class DeletingASiteLink(AdministratorFixture admin) : IClassFixture<AdministratorFixture>
{
    [Fact]
    public async Task TheConfirmationPageNamesTheLinkAndItsAddress()
    {
        var link = await admin.AddLinkAsync($"Sở Tư pháp {AdministratorFixture.UniqueTag()}", "https://stp.example.gov.vn");

        var text = Html.Text(await admin.AdminPageAsync(SiteLinkAdmin.DeleteUrl(link.Id)));

        Assert.Contains($"Xóa liên kết “{link.Name}” (https://stp.example.gov.vn) khỏi mục “Liên kết site”?", text);
        Assert.True(await admin.Factory.WithDbAsync(db => db.SiteLinks.AnyAsync(l => l.Id == link.Id)));
    }

    [Fact]
    public async Task AfterConfirmationItIsGoneFromTheListAndTheSidebar()
    {
        var link = await admin.AddLinkAsync($"Sở Công Thương {AdministratorFixture.UniqueTag()}", "https://sct.example.gov.vn");
        Assert.Contains((link.Url, link.Name), await admin.PublicSidebarLinksAsync());

        var response = await admin.Browser.SubmitFormAsync(SiteLinkAdmin.DeleteUrl(link.Id), []);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(SiteLinkAdmin.ListUrl, response.Headers.Location!.OriginalString);
        var list = Html.Text(await admin.AdminPageAsync(SiteLinkAdmin.ListUrl));
        Assert.Contains($"Đã xóa liên kết “{link.Name}”.", list);
        Assert.DoesNotContain("https://sct.example.gov.vn", list);
        Assert.DoesNotContain(await admin.PublicSidebarLinksAsync(), l => l.Name == link.Name);
    }

    [Fact]
    public async Task TheDeletionIsRecordedInTheAuditLog()
    {
        var link = await admin.AddLinkAsync($"Sở Xây dựng {AdministratorFixture.UniqueTag()}", "https://sxd.example.gov.vn");

        await admin.Browser.SubmitFormAsync(SiteLinkAdmin.DeleteUrl(link.Id), []);

        var entry = Assert.Single(await admin.AuditEntriesAsync(AuditActions.SiteLinkDeleted, link.Name));
        Assert.Equal(admin.Email, entry.UserName);
        Assert.Equal("địa chỉ: https://sxd.example.gov.vn", entry.Details);
    }
}
