using System.Net;
using Microsoft.EntityFrameworkCore;
using Portal.Web.Auditing;

namespace Portal.Tests.Integration;

public sealed class EditingTheDirectory(AdministratorFixture admin) : IClassFixture<AdministratorFixture>
{
    [Fact]
    public async Task ANewAgencyUnderADepartmentShowsInTheTreeInBothLanguagesAndIsAudited()
    {
        var health = await admin.Factory.AgencyAsync("so-y-te");
        var tag = AdministratorFixture.UniqueTag();
        var name = $"Chi cục Dân số {tag}";
        await admin.PublicPageAsync("/co-cau-to-chuc");

        var response = await admin.Browser.SubmitFormAsync(DirectorySteps.AddAgencyUrl,
            DirectorySteps.AgencyForm(name, health.Id, nameEn: $"Population Sub-department {tag}", phone: "0254 3852 999", email: "dso@baria-vungtau.gov.vn",
                website: "https://dso.example.vn", functionsVi: "- Tham mưu về **dân số**\n- <script>alert(1)</script>"));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var agency = await admin.Factory.WithDbAsync(db => db.Agencies.SingleAsync(a => a.NameVi == name));
        Assert.Equal(health.Id, agency.ParentId);
        Assert.Equal($"chi-cuc-dan-so-{tag}", agency.Slug);
        Assert.Contains("<strong>dân số</strong>", agency.FunctionsViHtml);
        Assert.DoesNotContain("<script", agency.FunctionsViHtml);
        Assert.Contains($"<a href=\"/co-cau-to-chuc/{agency.Slug}\">{name}</a>", await admin.PublicPageAsync("/co-cau-to-chuc"));
        Assert.Contains($"Population Sub-department {tag}", await admin.PublicPageAsync("/en/organisation"));
        var page = await admin.PublicPageAsync($"/co-cau-to-chuc/{agency.Slug}");
        Assert.Contains("<a href=\"/co-cau-to-chuc/so-y-te\">Sở Y tế</a>", page);
        Assert.Single(await admin.AuditEntriesAsync(AuditActions.DirectoryChanged, name));
    }

    [Fact]
    public async Task EditingAnAgencyEvictsItsCachedPageAndRecordsWhatChanged()
    {
        var agency = await admin.AddAgencyAsync($"Ban Quản lý {AdministratorFixture.UniqueTag()}");
        var before = await admin.PublicPageAsync($"/co-cau-to-chuc/{agency.Slug}");
        Assert.DoesNotContain("0254 3111 222", before);

        var response = await admin.Browser.SubmitFormAsync(DirectorySteps.EditAgencyUrl(agency.Id), DirectorySteps.AgencyForm(agency.NameVi, phone: "0254 3111 222"));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("<a href=\"tel:02543111222\">0254 3111 222</a>", await admin.PublicPageAsync($"/co-cau-to-chuc/{agency.Slug}"));
        var entries = await admin.AuditEntriesAsync(AuditActions.DirectoryChanged, agency.NameVi);
        Assert.Contains(entries, e => e.Details.Contains("điện thoại: (trống) → 0254 3111 222", StringComparison.Ordinal));
    }

    [Fact]
    public async Task AParentThatWouldMakeACycleIsRefusedAndNotOffered()
    {
        var top = await admin.AddAgencyAsync($"Cấp trên {AdministratorFixture.UniqueTag()}");
        var middle = await admin.AddAgencyAsync($"Cấp giữa {AdministratorFixture.UniqueTag()}", top.Id);
        var bottom = await admin.AddAgencyAsync($"Cấp dưới {AdministratorFixture.UniqueTag()}", middle.Id);

        var form = await admin.AdminPageAsync(DirectorySteps.EditAgencyUrl(top.Id));
        Assert.DoesNotContain($"<option value=\"{bottom.Id}\"", form);
        Assert.DoesNotContain($"<option value=\"{top.Id}\"", form);

        var response = await admin.Browser.SubmitFormAsync(DirectorySteps.EditAgencyUrl(top.Id), DirectorySteps.AgencyForm(top.NameVi, bottom.Id));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Không thể chọn cơ quan này làm cơ quan cấp trên", await response.Content.ReadAsStringAsync());
        Assert.Null((await admin.Factory.AgencyAsync(top.Slug)).ParentId);
    }

    [Fact]
    public async Task DeletingAnAgencyWithUnitsOrOfficialsIsRefusedWithAMessageAndEmptyOnesGo()
    {
        var parent = await admin.AddAgencyAsync($"Có đơn vị {AdministratorFixture.UniqueTag()}");
        var unit = await admin.AddAgencyAsync($"Đơn vị {AdministratorFixture.UniqueTag()}", parent.Id);
        await admin.AddOfficialAsync(unit.Id, $"Cán bộ {AdministratorFixture.UniqueTag()}");

        foreach (var agency in new[] { parent, unit })
        {
            var refused = await admin.Browser.SubmitFormAsync(DirectorySteps.ListUrl, [], "Delete", $"{DirectorySteps.ListUrl}?id={agency.Id}");
            Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
            Assert.Contains($"Chưa xóa được “{agency.NameVi}”", await refused.Content.ReadAsStringAsync());
        }

        var empty = await admin.AddAgencyAsync($"Trống {AdministratorFixture.UniqueTag()}");
        var deleted = await admin.Browser.SubmitFormAsync(DirectorySteps.ListUrl, [], "Delete", $"{DirectorySteps.ListUrl}?id={empty.Id}");
        Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
        Assert.False(await admin.Factory.WithDbAsync(db => db.Agencies.AnyAsync(a => a.Id == empty.Id)));
        Assert.Single(await admin.AuditEntriesAsync(AuditActions.DirectoryDeleted, empty.NameVi));
        using var citizen = admin.Factory.CreateBrowser();
        Assert.Equal(HttpStatusCode.NotFound, (await citizen.GetAsync($"/co-cau-to-chuc/{empty.Slug}")).StatusCode);
    }

    [Fact]
    public async Task BadInputIsRefusedBesideItsFieldsKeepingWhatWasTyped()
    {
        var response = await admin.Browser.SubmitFormAsync(DirectorySteps.AddAgencyUrl,
            DirectorySteps.AgencyForm("", phone: "gọi tôi", email: "not an address", website: "javascript:alert(1)", nameEn: "Kept <b>English</b>"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("Xin nhập tên cơ quan.", html);
        Assert.Equal("Kept <b>English</b>", AdministratorFixture.InputValue(html, "Input.NameEn"));

        var named = await admin.Browser.SubmitFormAsync(DirectorySteps.AddAgencyUrl,
            DirectorySteps.AgencyForm($"Tên có {AdministratorFixture.UniqueTag()}", phone: "gọi tôi", email: "not an address", website: "javascript:alert(1)", parentId: 999_999));
        var namedHtml = await named.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, named.StatusCode);
        Assert.Contains("Số điện thoại chỉ gồm chữ số", namedHtml);
        Assert.Contains("Địa chỉ thư không hợp lệ", namedHtml);
        Assert.Contains("Địa chỉ phải là một địa chỉ web đầy đủ", namedHtml);
        Assert.Contains("Cơ quan cấp trên đã chọn không còn nữa", namedHtml);
        Assert.Equal("gọi tôi", AdministratorFixture.InputValue(namedHtml, "Input.Phone"));

        var huge = await admin.Browser.SubmitFormAsync(DirectorySteps.AddAgencyUrl, DirectorySteps.AgencyForm(new string('x', 5_000)));
        Assert.Equal(HttpStatusCode.OK, huge.StatusCode);
        Assert.Contains("Tên tối đa 300 ký tự.", await huge.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task MarkupInSavedNamesIsShownAsTextOnEveryPage()
    {
        var name = $"<script>alert('x')</script> Ban {AdministratorFixture.UniqueTag()}";
        var agency = await admin.AddAgencyAsync(name);
        var official = await admin.AddOfficialAsync(agency.Id, $"<img src=x onerror=alert(1)> {AdministratorFixture.UniqueTag()}");

        foreach (var url in new[] { "/co-cau-to-chuc", $"/co-cau-to-chuc/{agency.Slug}", $"/en/organisation/{agency.Slug}", "/co-cau-to-chuc?q=script" })
        {
            var html = await admin.PublicPageAsync(url);
            Assert.DoesNotContain("<script>alert", html);
            Assert.DoesNotContain("<img src=x", html);
        }
        Assert.DoesNotContain("</script><", DirectorySteps.JsonLd(await admin.PublicPageAsync($"/co-cau-to-chuc/{agency.Slug}")));
        Assert.Contains(official.Name, await admin.AdminPageAsync(DirectorySteps.OfficialsUrl(agency.Id)) is var list ? System.Net.WebUtility.HtmlDecode(list) : "");
    }
}
