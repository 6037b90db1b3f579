using System.Net;
using Microsoft.EntityFrameworkCore;

namespace Portal.Tests.Integration;

public sealed class RefusingBadSiteLinkInput(AdministratorFixture admin) : IClassFixture<AdministratorFixture>
{
    public static TheoryData<string, string, string> BadInput => new()
    {
        { "", "https://chinhphu.vn", "Xin nhập tên liên kết." },
        { "   ", "https://chinhphu.vn", "Xin nhập tên liên kết." },
        { new string('Đ', 300), "https://chinhphu.vn", "Tên liên kết tối đa 200 ký tự." },
        { "Liên kết thử", "", "Xin nhập địa chỉ." },
        { "Liên kết thử", "https://chinhphu.vn/" + new string('a', 500), "Địa chỉ tối đa 500 ký tự." },
        { "Liên kết thử", "javascript:alert(1)", SiteLinkAdmin.AddressRule },
        { "Liên kết thử", " JavaScript:alert(document.cookie)", SiteLinkAdmin.AddressRule },
        { "Liên kết thử", "data:text/html,<script>alert(1)</script>", SiteLinkAdmin.AddressRule },
        { "Liên kết thử", "vbscript:msgbox(1)", SiteLinkAdmin.AddressRule },
        { "Liên kết thử", "/gioi-thieu", SiteLinkAdmin.AddressRule },
        { "Liên kết thử", "gioi-thieu.html", SiteLinkAdmin.AddressRule },
        { "Liên kết thử", "chinhphu.vn", SiteLinkAdmin.AddressRule },
        { "Liên kết thử", "//evil.example/phish", SiteLinkAdmin.AddressRule },
        { "Liên kết thử", "ftp://ftp.example.vn/tai-lieu", SiteLinkAdmin.AddressRule },
        { "Liên kết thử", "mailto:vanphong@example.gov.vn", SiteLinkAdmin.AddressRule },
        { "Liên kết thử", "http://", SiteLinkAdmin.AddressRule },
        { "Liên kết thử", "http:chinhphu.vn", SiteLinkAdmin.AddressRule },
        { "Liên kết thử", "https://chinh phu.vn", SiteLinkAdmin.AddressRule },
        { "Liên kết thử", "https://chinhphu.vn/\"><script>alert(1)</script>", SiteLinkAdmin.AddressRule },
    };

    [Theory]
    [MemberData(nameof(BadInput))]
    public async Task ABadValueIsRefusedInVietnameseAndEverythingTypedIsKept(string name, string url, string message)
    {
        var countBefore = await admin.Factory.WithDbAsync(db => db.SiteLinks.CountAsync());

        var response = await admin.Browser.SubmitFormAsync(SiteLinkAdmin.AddUrl, SiteLinkAdmin.Form(name, url));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("Chưa lưu được. Xin kiểm tra lại:", Html.Text(html));
        Assert.Contains(message, Html.Text(html));
        Assert.Equal(name, AdministratorFixture.InputValue(html, "Input.Name"));
        Assert.Equal(url, AdministratorFixture.InputValue(html, "Input.Url"));
        Assert.Equal(countBefore, await admin.Factory.WithDbAsync(db => db.SiteLinks.CountAsync()));
    }

    [Fact]
    public async Task EveryProblemIsShownAtOnce()
    {
        var response = await admin.Browser.SubmitFormAsync(SiteLinkAdmin.AddUrl, SiteLinkAdmin.Form("", "javascript:alert(1)"));

        var text = Html.Text(await response.Content.ReadAsStringAsync());
        Assert.Contains("Xin nhập tên liên kết.", text);
        Assert.Contains(SiteLinkAdmin.AddressRule, text);
    }

    [Fact]
    public async Task AnExistingLinkIsNotChangedToAJavascriptAddress()
    {
        var link = await admin.AddLinkAsync($"Báo Nhân Dân {AdministratorFixture.UniqueTag()}", "https://nhandan.vn");

        var response = await admin.Browser.SubmitFormAsync(SiteLinkAdmin.EditUrl(link.Id), SiteLinkAdmin.Form("Tên mới", "javascript:alert(1)"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains(SiteLinkAdmin.AddressRule, Html.Text(html));
        Assert.Equal("Tên mới", AdministratorFixture.InputValue(html, "Input.Name"));
        Assert.Equal("javascript:alert(1)", AdministratorFixture.InputValue(html, "Input.Url"));
        var stored = await admin.Factory.WithDbAsync(db => db.SiteLinks.SingleAsync(l => l.Id == link.Id));
        Assert.Equal((link.Name, "https://nhandan.vn"), (stored.Name, stored.Url));
        Assert.DoesNotContain(await admin.PublicSidebarLinksAsync(), l => l.Url.Contains("javascript", StringComparison.OrdinalIgnoreCase));
    }
}
