using System.Net;
using Portal.Web.Accounts;
using Portal.Web.Auditing;

namespace Portal.Tests.Integration;

public sealed class SigningOutTakesAPostWithItsToken(PortalFixture fixture) : IClassFixture<PortalFixture>
{
    private readonly PortalFactory _factory = fixture.Factory;

    [Fact]
    public async Task AGetDoesNotSignOut()
    {
        using var browser = await _factory.SignedInAsync(Roles.Editor);

        var response = await browser.GetAsync("/admin/account/logout");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.True(await browser.IsSignedInAsync());
    }

    [Fact]
    public async Task APostWithoutTheTokenIsRefused()
    {
        using var browser = await _factory.SignedInAsync(Roles.Editor);

        var response = await browser.PostFormAsync("/admin/account/logout", [], token: null);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True(await browser.IsSignedInAsync());
    }

    [Fact]
    public async Task APostWithTheTokenSignsOutAndIsAudited()
    {
        var email = await _factory.CreateUserAsync(Roles.Editor);
        using var browser = await _factory.SignInAsync(email);

        var response = await browser.SubmitFormAsync("/admin", [], postUrl: "/admin/account/logout");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/", response.Headers.Location!.OriginalString);
        Assert.False(await browser.IsSignedInAsync());
        Assert.Single(await _factory.AuditAsync(AuditActions.SignOut), e => e.UserName == email);
    }
}
