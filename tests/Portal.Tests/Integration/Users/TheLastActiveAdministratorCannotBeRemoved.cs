using System.Net;
using Portal.Web.Accounts;
using Portal.Web.Auditing;

namespace Portal.Tests.Integration;

/// <summary>
/// Two administrators; one locks the other, whose session lives on until the next security-stamp check. That
/// session must not be able to leave the portal without an administrator who can sign in.
/// </summary>
public sealed class TheLastActiveAdministratorCannotBeRemoved : IDisposable
{
    private readonly PortalFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task ALockedAdministratorsLingeringSessionCanNeitherDemoteNorLockTheLastOne()
    {
        var (first, firstEmail) = await _factory.AdministratorAsync();
        var (second, secondEmail) = await _factory.AdministratorAsync();
        Assert.Equal(HttpStatusCode.Redirect, (await first.LockAsync(await _factory.IdOfAsync(secondEmail))).StatusCode);
        var firstId = await _factory.IdOfAsync(firstEmail);

        var demote = await second.ChangeProfileAsync(firstId, "Thử Quản trị", Roles.Editor);
        var lockOut = await second.LockAsync(firstId);

        foreach (var response in new[] { demote, lockOut })
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Contains("Phải còn ít nhất một quản trị viên không bị khóa", await response.TextAsync());
        }
        Assert.Equal([Roles.Administrator], await _factory.RolesOfAsync(firstEmail));
        Assert.Null((await _factory.UserAsync(firstEmail)).LockoutEnd);
        Assert.DoesNotContain(await _factory.AuditAsync(AuditActions.RolesChanged), e => e.Target == firstEmail);
        Assert.True(await first.IsSignedInAsync());
    }
}
