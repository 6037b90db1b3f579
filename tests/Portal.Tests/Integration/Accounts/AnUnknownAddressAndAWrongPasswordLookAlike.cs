using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Portal.Web.Accounts;
using Xunit.Abstractions;

namespace Portal.Tests.Integration;

/// <summary>
/// Nothing tells a stranger whether an address has an account: the refusal reads the same, byte for byte but for
/// the antiforgery token and the address typed, and costs about the same time, since an unknown address is checked
/// against a dummy hash as a known one is against its own.
/// </summary>
public sealed class AnUnknownAddressAndAWrongPasswordLookAlike(PortalFixture fixture, ITestOutputHelper output) : IClassFixture<PortalFixture>
{
    private const int Attempts = 15;

    private readonly PortalFactory _factory = fixture.Factory;

    [Fact]
    public async Task TheRefusalsAreTheSameButForTheTokenAndTheAddress()
    {
        var known = await _factory.CreateUserAsync(Roles.Editor);
        var unknown = $"editor-{Guid.NewGuid():N}@portal.test";
        using var browser = _factory.CreateBrowser();

        var wrongPassword = await browser.TrySignInAsync(known, SignInRefusals.WrongPassword);
        var noAccount = await browser.TrySignInAsync(unknown, SignInRefusals.WrongPassword);

        Assert.Equal(HttpStatusCode.OK, wrongPassword.StatusCode);
        Assert.Equal(wrongPassword.StatusCode, noAccount.StatusCode);
        Assert.Equal(wrongPassword.Content.Headers.ContentType, noAccount.Content.Headers.ContentType);
        Assert.Equal(wrongPassword.Headers.Contains("Set-Cookie"), noAccount.Headers.Contains("Set-Cookie"));
        var first = await SignInRefusals.ComparableAsync(wrongPassword, known);
        Assert.Contains(AccountSteps.SignInRefused, first);
        Assert.Equal(first, await SignInRefusals.ComparableAsync(noAccount, unknown));
    }

    [Fact]
    public async Task AnUnknownAddressTakesAboutAsLongAsAWrongPassword()
    {
        var known = await _factory.CreateUserAsync(Roles.Editor);
        using var browser = _factory.CreateBrowser();
        var page = await browser.GetAsync("/admin/account/login");
        var token = Newsroom.AntiforgeryToken(await page.Content.ReadAsStringAsync());
        var wrongPassword = new List<double>();
        var noAccount = new List<double>();

        // Interleaved, so that a busy moment on the machine weighs on both alike.
        for (var i = 0; i < Attempts; i++)
        {
            wrongPassword.Add(await SignInRefusals.TimeAsync(browser, known, token));
            await ForgetFailuresAsync(known);  // five failures would lock the account
            noAccount.Add(await SignInRefusals.TimeAsync(browser, $"editor-{Guid.NewGuid():N}@portal.test", token));
        }

        output.WriteLine(SignInRefusals.AssertAlike("wrong password", wrongPassword, "no account", noAccount));
    }

    private async Task ForgetFailuresAsync(string email)
    {
        await using var scope = _factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
        await users.ResetAccessFailedCountAsync((await users.FindByEmailAsync(email))!);
    }
}
