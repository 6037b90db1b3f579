using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Portal.Web.Accounts;
using Portal.Web.Auditing;

namespace Portal.Tests.Integration;

/// <summary>
/// Two administrators; one locks the other. The locked one's session ends at once (the security stamp is checked on
/// every newsroom request), and the rule behind it holds for any caller: the portal is never left without an
/// administrator who can sign in.
/// </summary>
public sealed class TheLastActiveAdministratorCannotBeRemoved : IDisposable
{
    private readonly PortalFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task ALockedAdministratorsSessionEndsAtOnceAndChangesNothing()
    {
        var (first, firstEmail) = await _factory.AdministratorAsync();
        var (second, secondEmail) = await _factory.AdministratorAsync();
        Assert.Equal(HttpStatusCode.Redirect, (await first.LockAsync(await _factory.IdOfAsync(secondEmail))).StatusCode);
        var firstId = await _factory.IdOfAsync(firstEmail);

        var page = await second.GetAsync(UsersPages.Edit(firstId));

        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        Assert.Equal("/admin/account/login", page.Headers.Location?.AbsolutePath);
        Assert.Equal([Roles.Administrator], await _factory.RolesOfAsync(firstEmail));
        Assert.True(await first.IsSignedInAsync());
    }

    [Fact]
    public async Task NoCallerCanDemoteOrLockTheLastActiveAdministrator()
    {
        var (first, firstEmail) = await _factory.AdministratorAsync();
        var (_, secondEmail) = await _factory.AdministratorAsync();
        Assert.Equal(HttpStatusCode.Redirect, (await first.LockAsync(await _factory.IdOfAsync(secondEmail))).StatusCode);

        // The locked administrator as the actor, straight at the service: what a session that outlived its lock would ask.
        await using var scope = _factory.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var users = services.GetRequiredService<UserManager<PortalUser>>();
        var actor = await services.GetRequiredService<SignInManager<PortalUser>>().CreateUserPrincipalAsync((await users.FindByEmailAsync(secondEmail))!);
        var administration = services.GetRequiredService<UserAdministration>();

        var demote = await administration.ChangeProfileAsync(actor, (await users.FindByEmailAsync(firstEmail))!, "Thử Quản trị", [Roles.Editor]);
        var lockOut = await administration.LockAsync(actor, (await users.FindByEmailAsync(firstEmail))!, null);

        foreach (var result in new[] { demote, lockOut })
        {
            Assert.False(result.Succeeded);
            Assert.Contains(result.Errors, e => e.Description.Contains("Phải còn ít nhất một quản trị viên không bị khóa", StringComparison.Ordinal));
        }
        Assert.Equal([Roles.Administrator], await _factory.RolesOfAsync(firstEmail));
        Assert.Null((await _factory.UserAsync(firstEmail)).LockoutEnd);
        Assert.DoesNotContain(await _factory.AuditAsync(AuditActions.RolesChanged), e => e.Target == firstEmail);
        Assert.True(await first.IsSignedInAsync());
    }
}
