using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Portal.Web.Auditing;
using Portal.Web.SiteLinks;

namespace Portal.Tests.Integration;

/// <summary>The administrator's site-link pages, used as a browser uses them.</summary>
public static partial class SiteLinkAdmin
{
    public const string ListUrl = "/admin/sitelinks";
    public const string AddUrl = "/admin/sitelinks/edit";
    public const string AddressRule = "Địa chỉ phải là một địa chỉ web đầy đủ, bắt đầu bằng https:// hoặc http://, ví dụ: https://chinhphu.vn.";

    public static string EditUrl(int id) => $"/admin/sitelinks/edit/{id}";

    public static string DeleteUrl(int id) => $"/admin/sitelinks/delete/{id}";

    public static Dictionary<string, string> Form(string name, string url) => new() { ["Input.Name"] = name, ["Input.Url"] = url };

    public static async Task<SiteLink> AddLinkAsync(this AdministratorFixture admin, string name, string url)
    {
        var response = await admin.Browser.SubmitFormAsync(AddUrl, Form(name, url));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return await admin.Factory.WithDbAsync(db => db.SiteLinks.SingleAsync(l => l.Name == name));
    }

    public static Task<List<SiteLink>> LinksInOrderAsync(this AdministratorFixture admin) =>
        admin.Factory.WithDbAsync(db => db.SiteLinks.OrderBy(l => l.SortOrder).ThenBy(l => l.Name).ThenBy(l => l.Id).ToListAsync());

    /// <summary>The sidebar's "Liên kết site" on the home page, in order, as (address, name).</summary>
    public static async Task<List<(string Url, string Name)>> PublicSidebarLinksAsync(this AdministratorFixture admin)
    {
        var box = SiteLinksBox().Match(await admin.PublicPageAsync("/"));
        Assert.True(box.Success, "The home page has no \"Liên kết site\" box.");
        Assert.Contains("<h2 id=\"lien-ket-site\">Liên kết site</h2>", box.Value);
        return SidebarLink().Matches(box.Value)
            .Select(m => (WebUtility.HtmlDecode(m.Groups[1].Value), WebUtility.HtmlDecode(m.Groups[2].Value)))
            .ToList();
    }

    [GeneratedRegex("<section class=\"box\" aria-labelledby=\"lien-ket-site\">.*?</section>", RegexOptions.Singleline)]
    private static partial Regex SiteLinksBox();

    [GeneratedRegex("<a href=\"([^\"]*)\"[^>]*>([^<]*)<span")]
    private static partial Regex SidebarLink();
}

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

public sealed class ReorderingSiteLinks(AdministratorFixture admin) : IClassFixture<AdministratorFixture>
{
    private Task<HttpResponseMessage> MoveAsync(string handler, int id) =>
        admin.Browser.SubmitFormAsync(SiteLinkAdmin.ListUrl, [], handler, postUrl: $"{SiteLinkAdmin.ListUrl}?id={id}");

    [Fact]
    public async Task EveryLinkCanMoveUpExceptTheFirstAndDownExceptTheLast()
    {
        var links = await admin.LinksInOrderAsync();

        var html = await admin.AdminPageAsync(SiteLinkAdmin.ListUrl);

        string Form(string handler, int id) => $"action=\"{SiteLinkAdmin.ListUrl}?id={id}&amp;handler={handler}\"";
        Assert.DoesNotContain(Form("MoveUp", links[0].Id), html);
        Assert.DoesNotContain(Form("MoveDown", links[^1].Id), html);
        Assert.All(links.Skip(1), l => Assert.Contains(Form("MoveUp", l.Id), html));
        Assert.All(links.SkipLast(1), l => Assert.Contains(Form("MoveDown", l.Id), html));
    }

    [Fact]
    public async Task MovingALinkDownSwapsItWithTheNextInTheSidebar()
    {
        var before = await admin.LinksInOrderAsync();

        var response = await MoveAsync("MoveDown", before[2].Id);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains($"Đã chuyển liên kết “{before[2].Name}” xuống.", Html.Text(await admin.AdminPageAsync(SiteLinkAdmin.ListUrl)));
        var expected = before.Select(l => l.Name).ToList();
        (expected[2], expected[3]) = (expected[3], expected[2]);
        Assert.Equal(expected, (await admin.PublicSidebarLinksAsync()).Select(l => l.Name));
    }

    [Fact]
    public async Task MovingALinkUpSwapsItWithThePreviousInTheSidebar()
    {
        var before = await admin.LinksInOrderAsync();

        var response = await MoveAsync("MoveUp", before[1].Id);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var expected = before.Select(l => l.Name).ToList();
        (expected[0], expected[1]) = (expected[1], expected[0]);
        Assert.Equal(expected, (await admin.PublicSidebarLinksAsync()).Select(l => l.Name));
    }

    [Fact]
    public async Task TheLastLinkStaysLastWhenMovedDown()
    {
        var before = await admin.LinksInOrderAsync();

        var response = await MoveAsync("MoveDown", before[^1].Id);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(before.Select(l => l.Id), (await admin.LinksInOrderAsync()).Select(l => l.Id));
    }

    [Fact]
    public async Task AMoveIsRecordedInTheAuditLog()
    {
        var before = await admin.LinksInOrderAsync();

        await MoveAsync("MoveUp", before[3].Id);

        var entry = (await admin.AuditEntriesAsync(AuditActions.SiteLinkChanged, before[3].Name))[^1];
        Assert.Equal(admin.Email, entry.UserName);
        Assert.Equal($"Chuyển lên trên {before[2].Name}", entry.Details);
    }
}

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

public sealed class SiteLinkFormsWithoutAnAntiforgeryToken(AdministratorFixture admin) : IClassFixture<AdministratorFixture>
{
    [Theory]
    [InlineData("add")]
    [InlineData("edit")]
    [InlineData("delete")]
    [InlineData("move-up")]
    [InlineData("move-down")]
    public async Task AreRefusedWithABadRequestAndChangeNothing(string form)
    {
        var link = await admin.AddLinkAsync($"Không token {AdministratorFixture.UniqueTag()}", "https://chinhphu.vn");
        var (url, handler) = form switch
        {
            "add" => (SiteLinkAdmin.AddUrl, null),
            "edit" => (SiteLinkAdmin.EditUrl(link.Id), null),
            "delete" => (SiteLinkAdmin.DeleteUrl(link.Id), null),
            "move-up" => ($"{SiteLinkAdmin.ListUrl}?id={link.Id}", "MoveUp"),
            _ => ($"{SiteLinkAdmin.ListUrl}?id={link.Id}", "MoveDown"),
        };
        var before = await admin.LinksInOrderAsync();

        var response = await admin.Browser.PostFormAsync(url, SiteLinkAdmin.Form("Giả mạo", "https://evil.example"), token: null, handler);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var after = await admin.LinksInOrderAsync();
        Assert.Equal(before.Select(l => (l.Id, l.Name, l.Url, l.SortOrder)), after.Select(l => (l.Id, l.Name, l.Url, l.SortOrder)));
    }
}
