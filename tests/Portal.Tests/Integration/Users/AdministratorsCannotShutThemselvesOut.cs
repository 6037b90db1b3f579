using System.Net;
using Portal.Web.Accounts;

namespace Portal.Tests.Integration;

public sealed class AdministratorsCannotShutThemselvesOut(PortalFixture fixture) : IClassFixture<PortalFixture>
{
    private readonly PortalFactory _factory = fixture.Factory;

    [Fact]
    public async Task AnAdministratorCannotRemoveTheirOwnAdministratorRole()
    {
        var (admin, email) = await _factory.AdministratorAsync();

        var response = await admin.ChangeProfileAsync(await _factory.IdOfAsync(email), "Tôi", Roles.Editor);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Bạn không thể tự bỏ vai trò Quản trị của mình", await response.TextAsync());
        Assert.Equal([Roles.Administrator], await _factory.RolesOfAsync(email));
    }

    [Fact]
    public async Task AnAdministratorCannotLockThemselves()
    {
        var (admin, email) = await _factory.AdministratorAsync();

        var response = await admin.LockAsync(await _factory.IdOfAsync(email));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Bạn không thể tự khóa tài khoản của mình.", await response.TextAsync());
        Assert.Null((await _factory.UserAsync(email)).LockoutEnd);
    }

    [Fact]
    public async Task AnAdministratorMayAddARoleToThemselvesAndStaysSignedIn()
    {
        var (admin, email) = await _factory.AdministratorAsync();

        var response = await admin.ChangeProfileAsync(await _factory.IdOfAsync(email), "Tôi", Roles.Administrator, Roles.Editor);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal([Roles.Administrator, Roles.Editor], (await _factory.RolesOfAsync(email)).Order());
        _factory.Clock.Advance(TimeSpan.FromMinutes(2));
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync(UsersPages.Index)).StatusCode);
    }
}
