using System.Net;
using Portal.Web.Accounts;

namespace Portal.Tests.Integration;

/// <summary>
/// Taking rights away ends the person's other sessions at once: the security stamp changes, and every request
/// checks it. Renaming changes no right and ends nothing, not even after the minute's full check (on the app's
/// clock, which the test moves).
/// </summary>
public sealed class SessionsEndWhenAnAdministratorTakesRightsAway(PortalFixture fixture) : IClassFixture<PortalFixture>
{
    private readonly PortalFactory _factory = fixture.Factory;

    private static async Task AssertSignedOutAtOnceAsync(HttpClient session) => Assert.False(await session.IsSignedInAsync());

    [Fact]
    public async Task RemovingEveryRoleSignsThePersonOut()
    {
        var (admin, _) = await _factory.AdministratorAsync();
        var editor = await _factory.CreateUserAsync(Roles.Editor);
        using var session = await _factory.SignInAsync(editor);

        Assert.Equal(HttpStatusCode.Redirect, (await admin.ChangeProfileAsync(await _factory.IdOfAsync(editor), "Thử Biên tập")).StatusCode);

        Assert.Empty(await _factory.RolesOfAsync(editor));
        await AssertSignedOutAtOnceAsync(session);
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync(UsersPages.Index)).StatusCode);
        Assert.Contains("Không có vai trò", await admin.RowOfAsync(editor));
    }

    [Fact]
    public async Task ChangingRolesSignsThePersonOut()
    {
        var (admin, _) = await _factory.AdministratorAsync();
        var approver = await _factory.CreateUserAsync(Roles.Approver);
        using var session = await _factory.SignInAsync(approver);

        await admin.ChangeProfileAsync(await _factory.IdOfAsync(approver), "Thử Duyệt bài", Roles.Editor);

        await AssertSignedOutAtOnceAsync(session);
    }

    [Fact]
    public async Task LockingSignsThePersonOut()
    {
        var (admin, _) = await _factory.AdministratorAsync();
        var editor = await _factory.CreateUserAsync(Roles.Editor);
        using var session = await _factory.SignInAsync(editor);

        await admin.LockAsync(await _factory.IdOfAsync(editor), "2026-12-31");

        await AssertSignedOutAtOnceAsync(session);
    }

    [Fact]
    public async Task ResettingThePasswordSignsThePersonOut()
    {
        var (admin, _) = await _factory.AdministratorAsync();
        var editor = await _factory.CreateUserAsync(Roles.Editor);
        using var session = await _factory.SignInAsync(editor);

        await admin.ResetPasswordAsync(await _factory.IdOfAsync(editor), "Mật-khẩu-quản-trị-đặt-2026");

        await AssertSignedOutAtOnceAsync(session);
    }

    [Fact]
    public async Task RenamingLeavesThePersonSignedIn()
    {
        var (admin, _) = await _factory.AdministratorAsync();
        var editor = await _factory.CreateUserAsync(Roles.Editor);
        using var session = await _factory.SignInAsync(editor);

        await admin.ChangeProfileAsync(await _factory.IdOfAsync(editor), "Tên khác", Roles.Editor);

        _factory.Clock.Advance(TimeSpan.FromSeconds(61));
        Assert.True(await session.IsSignedInAsync());
    }
}
