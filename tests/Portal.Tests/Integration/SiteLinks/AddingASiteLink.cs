using System.Net;
using Portal.Web.Auditing;

namespace Portal.Tests.Integration;

public sealed class AddingASiteLink(AdministratorFixture admin) : IClassFixture<AdministratorFixture>
{
    [Fact]
    public async Task ANewLinkGoesToTheEndOfTheSidebar()
    {
        var name = $"Cổng thông tin tỉnh Đồng Nai {AdministratorFixture.UniqueTag()}";

        var response = await admin.Browser.SubmitFormAsync(SiteLinkAdmin.AddUrl, SiteLinkAdmin.Form(name, "https://dongnai.gov.vn/"));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(SiteLinkAdmin.ListUrl, response.Headers.Location!.OriginalString);
        var list = Html.Text(await admin.AdminPageAsync(SiteLinkAdmin.ListUrl));
        Assert.Contains($"Đã thêm liên kết “{name}”.", list);
        Assert.Contains($"{name} https://dongnai.gov.vn/", list);
        Assert.Equal(("https://dongnai.gov.vn/", name), (await admin.PublicSidebarLinksAsync())[^1]);
    }

    [Fact]
    public async Task AnAddressWithAQueryAndSpacesAroundIsKeptWhole()
    {
        var name = $"Tra cứu văn bản {AdministratorFixture.UniqueTag()}";

        var link = await admin.AddLinkAsync(name, "  http://vbpl.vn/tra-cuu?tu-khoa=ngh%E1%BB%8B+%C4%91%E1%BB%8Bnh&trang=2  ");

        Assert.Equal("http://vbpl.vn/tra-cuu?tu-khoa=ngh%E1%BB%8B+%C4%91%E1%BB%8Bnh&trang=2", link.Url);
        Assert.Contains((link.Url, name), await admin.PublicSidebarLinksAsync());
    }

    [Fact]
    public async Task TheAdditionIsRecordedInTheAuditLogUnderTheAdministratorsName()
    {
        var name = $"Cục Thống kê {AdministratorFixture.UniqueTag()}";

        await admin.AddLinkAsync(name, "https://www.gso.gov.vn");

        var entry = Assert.Single(await admin.AuditEntriesAsync(AuditActions.SiteLinkChanged, name));
        Assert.Equal(admin.Email, entry.UserName);
        Assert.Contains("https://www.gso.gov.vn", entry.Details);
    }
}
