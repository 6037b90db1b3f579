using System.Net;
using Portal.Web.Accounts;
using Portal.Web.Auditing;

namespace Portal.Tests.Integration;

public sealed class LockingAnAccount(PortalFixture fixture) : IClassFixture<PortalFixture>
{
    private readonly PortalFactory _factory = fixture.Factory;

    [Fact]
    public async Task ALockedAccountCannotSignInUntilUnlocked()
    {
        var (admin, adminEmail) = await _factory.AdministratorAsync();
        var editor = await _factory.CreateUserAsync(Roles.Editor);
        var id = await _factory.IdOfAsync(editor);

        // Far off: Identity judges a lock by the system clock, not by the app's TimeProvider.
        var locked = await admin.LockAsync(id, "2099-12-31");

        Assert.Equal(HttpStatusCode.Redirect, locked.StatusCode);
        Assert.Contains($"Đã khóa tài khoản {editor}.", await (await admin.GetAsync(UsersPages.Edit(id))).TextAsync());
        using var browser = _factory.CreateBrowser();
        Assert.Contains(AccountSteps.SignInRefused, await (await browser.TrySignInAsync(editor, Newsroom.Password)).TextAsync());
        var entry = Assert.Single(await _factory.AuditAsync(AuditActions.UserLocked), e => e.Target == editor);
        Assert.Equal(adminEmail, entry.UserName);
        Assert.Equal("đến hết ngày 31/12/2099", entry.Details);

        var unlocked = await admin.UnlockAsync(id);

        Assert.Equal(HttpStatusCode.Redirect, unlocked.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await browser.TrySignInAsync(editor, Newsroom.Password)).StatusCode);
        Assert.Single(await _factory.AuditAsync(AuditActions.UserUnlocked), e => e.Target == editor);
        Assert.Contains("Đang hoạt động", await admin.RowOfAsync(editor));
    }

    [Fact]
    public async Task ALockWithoutADateHasNoEnd()
    {
        var (admin, _) = await _factory.AdministratorAsync();
        var editor = await _factory.CreateUserAsync(Roles.Editor);

        await admin.LockAsync(await _factory.IdOfAsync(editor));

        Assert.Equal(DateTimeOffset.MaxValue, (await _factory.UserAsync(editor)).LockoutEnd);
        Assert.Equal("vô thời hạn", (await _factory.AuditAsync(AuditActions.UserLocked)).Single(e => e.Target == editor).Details);
    }

    [Fact]
    public async Task UnlockingEndsALockOutAfterFailedSignIns()
    {
        var (admin, _) = await _factory.AdministratorAsync();
        var editor = await _factory.CreateUserAsync(Roles.Editor);
        using var stranger = _factory.CreateBrowser();
        for (var attempt = 1; attempt <= 5; attempt++)
        {
            await stranger.TrySignInAsync(editor, "sai-mat-khau-" + attempt);
        }
        Assert.Matches("Bị khóa đến [0-9]{2}:[0-9]{2} [0-9]{2}/[0-9]{2}/[0-9]{4}", await admin.RowOfAsync(editor));

        await admin.UnlockAsync(await _factory.IdOfAsync(editor));

        Assert.Contains("Đang hoạt động", await admin.RowOfAsync(editor));
        Assert.Equal(HttpStatusCode.Redirect, (await stranger.TrySignInAsync(editor, Newsroom.Password)).StatusCode);
    }

    [Fact]
    public async Task UnlockingForgetsFailedSignIns()
    {
        var (admin, _) = await _factory.AdministratorAsync();
        var editor = await _factory.CreateUserAsync(Roles.Editor);
        using var stranger = _factory.CreateBrowser();
        for (var attempt = 1; attempt <= 3; attempt++)
        {
            await stranger.TrySignInAsync(editor, "sai-mat-khau-" + attempt);
        }
        Assert.EndsWith($"Đang hoạt động 3 Sửa tài khoản {editor}", await admin.RowOfAsync(editor));
        Assert.Contains("Mở khóa và xóa số lần đăng nhập sai", await admin.GetStringAsync(UsersPages.Edit(await _factory.IdOfAsync(editor))));

        await admin.UnlockAsync(await _factory.IdOfAsync(editor));

        Assert.EndsWith($"Đang hoạt động 0 Sửa tài khoản {editor}", await admin.RowOfAsync(editor));
    }

    [Theory]
    [InlineData("32/13/2026", "không hợp lệ")]
    [InlineData("2026-13-45", "không hợp lệ")]
    [InlineData("2020-01-01", "Ngày cuối bị khóa không được ở trước hôm nay.")]
    public async Task ABadOrPastDateLocksNothing(string lastDay, string message)
    {
        var (admin, _) = await _factory.AdministratorAsync();
        var editor = await _factory.CreateUserAsync(Roles.Editor);

        var response = await admin.LockAsync(await _factory.IdOfAsync(editor), lastDay);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(message, await response.TextAsync());
        Assert.Null((await _factory.UserAsync(editor)).LockoutEnd);
    }

    [Fact]
    public async Task TodayLocksToTheEndOfTodayInVietnam()
    {
        var (admin, _) = await _factory.AdministratorAsync();
        var editor = await _factory.CreateUserAsync(Roles.Editor);

        // The clock says 10:00 on 28/11/2026 in Vietnam.
        await admin.LockAsync(await _factory.IdOfAsync(editor), "2026-11-28");

        Assert.Equal(new DateTimeOffset(2026, 11, 28, 17, 0, 0, TimeSpan.Zero), (await _factory.UserAsync(editor)).LockoutEnd);
    }
}
