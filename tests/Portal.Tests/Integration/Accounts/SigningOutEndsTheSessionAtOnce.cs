using System.Net;
using Portal.Web.Accounts;

namespace Portal.Tests.Integration;

/// <summary>
/// Signing out renews the account's security stamp, and every request checks the stamp: a copy of the sign-in
/// cookie taken before signing out (from a shared computer, a proxy's log, a stolen backup) opens nothing
/// afterwards, neither at once nor after the minute's full check. The person's other sessions end with it.
/// </summary>
public sealed class SigningOutEndsTheSessionAtOnce(PortalFixture fixture) : IClassFixture<PortalFixture>
{
    private readonly PortalFactory _factory = fixture.Factory;

    [Fact]
    public async Task ACookieKeptFromBeforeSigningOutOpensNothingAtOnceNorLater()
    {
        var email = await _factory.CreateUserAsync(Roles.Editor);
        using var browser = _factory.CreateBrowser();
        var kept = AccountSteps.SignInCookieOf(await browser.TrySignInAsync(email, Newsroom.Password));
        Assert.True(await _factory.OpensTheNewsroomAsync(kept));

        var signedOut = await browser.SubmitFormAsync("/admin", [], postUrl: "/admin/account/logout");

        Assert.Equal(HttpStatusCode.Redirect, signedOut.StatusCode);
        Assert.False(await _factory.OpensTheNewsroomAsync(kept));
        _factory.Clock.Advance(TimeSpan.FromSeconds(75));
        Assert.False(await _factory.OpensTheNewsroomAsync(kept));
    }

    [Fact]
    public async Task ThePersonsSessionOnAnotherComputerEndsToo()
    {
        var email = await _factory.CreateUserAsync(Roles.Editor);
        using var office = await _factory.SignInAsync(email);
        using var home = await _factory.SignInAsync(email);

        await office.SubmitFormAsync("/admin", [], postUrl: "/admin/account/logout");

        Assert.False(await home.IsSignedInAsync());
        using var again = await _factory.SignInAsync(email);
        Assert.True(await again.IsSignedInAsync());
    }
}
