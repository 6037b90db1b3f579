using System.Net;
using Portal.Web.Accounts;

namespace Portal.Tests.Integration;

/// <summary>
/// The password form's POST is under the sign-in limit (<c>Portal:Security:SignInAttemptsPerMinute</c>), and shares
/// its allowance: from one address, sign-ins and password changes together make at most that many tries a minute.
/// </summary>
public sealed class PasswordChangesAreRateLimited : IDisposable
{
    private readonly PortalFactory _factory = new();

    public PasswordChangesAreRateLimited() => _factory.Settings["Portal:Security:SignInAttemptsPerMinute"] = "3";

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task TheThirdPasswordPostAfterASignInIsRefusedWithRetryAfter()
    {
        var email = await _factory.CreateUserAsync(Roles.Editor);
        using var browser = await _factory.SignInAsync(email);
        var token = Newsroom.AntiforgeryToken(await (await browser.GetAsync("/admin/account/password")).Content.ReadAsStringAsync());
        var form = new Dictionary<string, string>
        {
            ["Input.CurrentPassword"] = "doan-mat-khau",
            ["Input.NewPassword"] = "Mật-khẩu-mới-hoàn-toàn-2027",
            ["Input.ConfirmPassword"] = "Mật-khẩu-mới-hoàn-toàn-2027",
        };

        for (var attempt = 1; attempt <= 2; attempt++)
        {
            Assert.Equal(HttpStatusCode.OK, (await browser.PostFormAsync("/admin/account/password", form, token)).StatusCode);
        }
        var third = await browser.PostFormAsync("/admin/account/password", form, token);

        Assert.Equal(HttpStatusCode.TooManyRequests, third.StatusCode);
        Assert.NotNull(third.Headers.RetryAfter);
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/admin/account/password")).StatusCode);
    }
}
