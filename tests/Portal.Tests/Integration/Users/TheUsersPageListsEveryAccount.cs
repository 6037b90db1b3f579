using System.Net;
using Portal.Web.Accounts;

namespace Portal.Tests.Integration;

public sealed class TheUsersPageListsEveryAccount(PortalFixture fixture) : IClassFixture<PortalFixture>
{
    private readonly PortalFactory _factory = fixture.Factory;

    [Fact]
    public async Task EachRowShowsAddressNameVietnameseRolesStatusAndFailedSignIns()
    {
        var (admin, adminEmail) = await _factory.AdministratorAsync();
        var editor = await _factory.CreateUserAsync(Roles.Editor);
        var approver = await _factory.CreateUserAsync(Roles.Approver);
        using var stranger = _factory.CreateBrowser();
        await stranger.TrySignInAsync(editor, "sai-mat-khau-1");
        await stranger.TrySignInAsync(editor, "sai-mat-khau-2");

        var response = await admin.GetAsync(UsersPages.Index);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("<title>Người dùng - Quản trị", html);
        Assert.Contains($"href=\"{UsersPages.Create}\"", html);
        Assert.Equal($"{editor} Thử Biên tập Biên tập Đang hoạt động 2 Sửa tài khoản {editor}", await admin.RowOfAsync(editor));
        Assert.Equal($"{approver} Thử Duyệt bài Duyệt bài Đang hoạt động 0 Sửa tài khoản {approver}", await admin.RowOfAsync(approver));
        Assert.StartsWith($"{adminEmail} Thử Quản trị Quản trị Đang hoạt động", await admin.RowOfAsync(adminEmail));
        Assert.Contains($"href=\"{UsersPages.Edit(await _factory.IdOfAsync(editor))}\"", html);
    }

    [Fact]
    public async Task ALockedAccountShowsUntilWhenInVietnamTime()
    {
        var (admin, _) = await _factory.AdministratorAsync();
        var until = await _factory.CreateUserAsync(Roles.Editor);
        var forGood = await _factory.CreateUserAsync(Roles.Editor);

        await admin.LockAsync(await _factory.IdOfAsync(until), "2026-12-01");
        await admin.LockAsync(await _factory.IdOfAsync(forGood));

        Assert.Contains("Bị khóa đến hết ngày 01/12/2026", await admin.RowOfAsync(until));
        Assert.Contains("Bị khóa vô thời hạn", await admin.RowOfAsync(forGood));
        // That is, to midnight of the 2nd in Vietnam.
        Assert.Contains("datetime=\"2026-12-02T00:00:00+07:00\"", WebUtility.HtmlDecode(await admin.GetStringAsync(UsersPages.Index)));
    }
}
