using System.Net;
using Portal.Web.Auditing;

namespace Portal.Tests.Integration;

public sealed class EditingASiteLink(AdministratorFixture admin) : IClassFixture<AdministratorFixture>
{
    [Fact]
    public async Task TheFormShowsTheLinksCurrentValues()
    {
        var link = await admin.AddLinkAsync($"Bộ Nội vụ {AdministratorFixture.UniqueTag()}", "https://moha.gov.vn");

        var html = await admin.AdminPageAsync(SiteLinkAdmin.EditUrl(link.Id));

        Assert.Contains("<h1>Sửa liên kết</h1>", html);
        Assert.Equal(link.Name, AdministratorFixture.InputValue(html, "Input.Name"));
        Assert.Equal(link.Url, AdministratorFixture.InputValue(html, "Input.Url"));
    }

    [Fact]
    public async Task ANewNameAndAddressReachTheSidebarInTheSamePlace()
    {
        var tag = AdministratorFixture.UniqueTag();
        var link = await admin.AddLinkAsync($"Bộ Tài chính {tag}", "http://mof.gov.vn");
        var place = (await admin.PublicSidebarLinksAsync()).IndexOf((link.Url, link.Name));
        var newName = $"Bộ Tài chính - Cổng thông tin {tag}";

        var response = await admin.Browser.SubmitFormAsync(SiteLinkAdmin.EditUrl(link.Id), SiteLinkAdmin.Form(newName, "https://mof.gov.vn/webcenter"));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains($"Đã lưu liên kết “{newName}”.", Html.Text(await admin.AdminPageAsync(SiteLinkAdmin.ListUrl)));
        var sidebar = await admin.PublicSidebarLinksAsync();
        Assert.Equal(("https://mof.gov.vn/webcenter", newName), sidebar[place]);
        Assert.DoesNotContain(sidebar, l => l.Name == link.Name);
    }

    [Fact]
    public async Task TheChangeIsRecordedInTheAuditLogWithTheOldAndNewAddress()
    {
        var link = await admin.AddLinkAsync($"Bộ Y tế {AdministratorFixture.UniqueTag()}", "http://moh.gov.vn");

        await admin.Browser.SubmitFormAsync(SiteLinkAdmin.EditUrl(link.Id), SiteLinkAdmin.Form(link.Name, "https://moh.gov.vn"));

        var entry = (await admin.AuditEntriesAsync(AuditActions.SiteLinkChanged, link.Name))[^1];
        Assert.Equal(admin.Email, entry.UserName);
        Assert.Equal("Sửa địa chỉ: http://moh.gov.vn → https://moh.gov.vn", entry.Details);
    }
}
