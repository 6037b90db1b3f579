using System.Net;
using Microsoft.EntityFrameworkCore;
using Portal.Web.Auditing;

namespace Portal.Tests.Integration;

public sealed class EditingOfficials(AdministratorFixture admin) : IClassFixture<AdministratorFixture>
{
    [Fact]
    public async Task OfficialsAreAddedLastMovedUpAndDownAndToAnotherAgency()
    {
        var first = await admin.AddAgencyAsync($"Phòng một {AdministratorFixture.UniqueTag()}");
        var second = await admin.AddAgencyAsync($"Phòng hai {AdministratorFixture.UniqueTag()}");
        var a = await admin.AddOfficialAsync(first.Id, $"Nguyễn A {AdministratorFixture.UniqueTag()}", "Trưởng phòng");
        var b = await admin.AddOfficialAsync(first.Id, $"Trần B {AdministratorFixture.UniqueTag()}", "Phó trưởng phòng");

        var moved = await admin.Browser.SubmitFormAsync(DirectorySteps.OfficialsUrl(first.Id), [], "MoveUp", $"{DirectorySteps.OfficialsUrl(first.Id)}?id={b.Id}");
        Assert.Equal(HttpStatusCode.Redirect, moved.StatusCode);
        var page = await admin.PublicPageAsync($"/co-cau-to-chuc/{first.Slug}");
        Assert.True(page.IndexOf(b.Name, StringComparison.Ordinal) < page.IndexOf(a.Name, StringComparison.Ordinal), "The move up does not show.");
        Assert.Contains(await admin.AuditEntriesAsync(AuditActions.DirectoryChanged, b.Name), e => e.Details.StartsWith("Chuyển lên trên", StringComparison.Ordinal));

        var edit = await admin.Browser.SubmitFormAsync(DirectorySteps.EditOfficialUrl(a.Id), DirectorySteps.OfficialForm(second.Id, a.Name, "Trưởng phòng", "Head of Division"));
        Assert.Equal(HttpStatusCode.Redirect, edit.StatusCode);
        Assert.DoesNotContain(a.Name, await admin.PublicPageAsync($"/co-cau-to-chuc/{first.Slug}"));
        Assert.Contains("Head of Division", await admin.PublicPageAsync($"/en/organisation/{second.Slug}"));
        Assert.Contains(await admin.AuditEntriesAsync(AuditActions.DirectoryChanged, a.Name), e => e.Details.Contains($"cơ quan: {first.NameVi} → {second.NameVi}", StringComparison.Ordinal));
    }

    [Fact]
    public async Task DeletingAnOfficialTakesThemOffThePageAndIsAudited()
    {
        var agency = await admin.AddAgencyAsync($"Phòng xóa {AdministratorFixture.UniqueTag()}");
        var official = await admin.AddOfficialAsync(agency.Id, $"Lê Xóa {AdministratorFixture.UniqueTag()}");

        var response = await admin.Browser.SubmitFormAsync(DirectorySteps.OfficialsUrl(agency.Id), [], "Delete", $"{DirectorySteps.OfficialsUrl(agency.Id)}?id={official.Id}");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.False(await admin.Factory.WithDbAsync(db => db.Officials.AnyAsync(o => o.Id == official.Id)));
        Assert.Single(await admin.AuditEntriesAsync(AuditActions.DirectoryDeleted, official.Name));
        using var citizen = admin.Factory.CreateBrowser();
        Assert.Equal(HttpStatusCode.NotFound, (await citizen.GetAsync($"/co-cau-to-chuc/can-bo/{official.Id}.vcf")).StatusCode);
    }

    [Fact]
    public async Task BadOfficialInputIsRefusedKeepingWhatWasTyped()
    {
        var agency = await admin.AddAgencyAsync($"Phòng sai {AdministratorFixture.UniqueTag()}");

        var response = await admin.Browser.SubmitFormAsync(DirectorySteps.AddOfficialUrl(agency.Id),
            DirectorySteps.OfficialForm(agency.Id, "Phạm Giữ Lại", titleVi: "", phone: "abc", email: "a@b", photoId: 999_999));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("Xin nhập chức vụ.", html);
        Assert.Equal("Phạm Giữ Lại", AdministratorFixture.InputValue(html, "Input.Name"));

        var second = await admin.Browser.SubmitFormAsync(DirectorySteps.AddOfficialUrl(agency.Id),
            DirectorySteps.OfficialForm(999_999, "Phạm Giữ Lại", phone: "abc", email: "a@b", photoId: 999_999));
        var secondHtml = await second.Content.ReadAsStringAsync();
        Assert.Contains("Cơ quan đã chọn không còn nữa", secondHtml);
        Assert.Contains("Ảnh đã chọn không có trong thư viện ảnh", secondHtml);
        Assert.Contains("Số điện thoại chỉ gồm chữ số", secondHtml);
        Assert.Contains("Địa chỉ thư không hợp lệ", secondHtml);
        Assert.False(await admin.Factory.WithDbAsync(db => db.Officials.AnyAsync(o => o.Name == "Phạm Giữ Lại")));
        Assert.Equal(HttpStatusCode.NotFound, (await admin.Browser.GetAsync(DirectorySteps.EditOfficialUrl(999_999))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.Browser.GetAsync(DirectorySteps.OfficialsUrl(999_999))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.Browser.GetAsync(DirectorySteps.EditAgencyUrl(999_999))).StatusCode);
    }
}
