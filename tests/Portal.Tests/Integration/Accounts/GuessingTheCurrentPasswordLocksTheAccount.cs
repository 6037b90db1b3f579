using System.Net;
using Portal.Web.Accounts;
using Portal.Web.Auditing;

namespace Portal.Tests.Integration;

/// <summary>
/// Someone at an unattended, signed-in computer (or holding a copied cookie) cannot guess the password on the
/// password page: each wrong current password counts toward the lockout as a wrong sign-in does, and the fifth
/// locks the account and ends every session of it, the copied cookie included.
/// </summary>
public sealed class GuessingTheCurrentPasswordLocksTheAccount(PortalFixture fixture) : IClassFixture<PortalFixture>
{
    private const string NewPassword = "Mật-khẩu-kẻ-gian-muốn-đặt-2026";

    private readonly PortalFactory _factory = fixture.Factory;

    private static Task<HttpResponseMessage> TryAsync(HttpClient browser, string current) =>
        browser.SubmitFormAsync("/admin/account/password", new()
        {
            ["Input.CurrentPassword"] = current,
            ["Input.NewPassword"] = NewPassword,
            ["Input.ConfirmPassword"] = NewPassword,
        });

    [Fact]
    public async Task TheFifthWrongCurrentPasswordLocksTheAccountAndEndsItsSessions()
    {
        var email = await _factory.CreateUserAsync(Roles.Editor);
        using var browser = _factory.CreateBrowser();
        var copied = AccountSteps.SignInCookieOf(await browser.TrySignInAsync(email, Newsroom.Password));

        for (var attempt = 1; attempt <= 4; attempt++)
        {
            var wrong = await TryAsync(browser, "doan-mat-khau-" + attempt);
            Assert.Equal(HttpStatusCode.OK, wrong.StatusCode);
            Assert.Contains("Mật khẩu không đúng.", await wrong.TextAsync());
        }
        var fifth = await TryAsync(browser, "doan-mat-khau-5");

        Assert.Equal(HttpStatusCode.Redirect, fifth.StatusCode);
        Assert.StartsWith("/admin/account/login", fifth.Headers.Location!.OriginalString, StringComparison.Ordinal);
        Assert.False(await browser.IsSignedInAsync());
        Assert.False(await _factory.OpensTheNewsroomAsync(copied));
        Assert.Single(await _factory.AuditAsync(AuditActions.LockedOut), e => e.UserName == email);
        Assert.Equal(4, (await _factory.AuditAsync(AuditActions.SignInFailed)).Count(e => e.UserName == email && e.Details == "sai mật khẩu hiện tại"));
        using var owner = _factory.CreateBrowser();
        Assert.Contains(AccountSteps.SignInRefused, await (await owner.TrySignInAsync(email, Newsroom.Password)).TextAsync());
    }

    [Fact]
    public async Task EachWrongCurrentPasswordCountsAndTheRightOneClearsTheCount()
    {
        var email = await _factory.CreateUserAsync(Roles.Editor);
        using var browser = await _factory.SignInAsync(email);

        await TryAsync(browser, "doan-mat-khau-1");
        await TryAsync(browser, "doan-mat-khau-2");
        Assert.Equal(2, (await _factory.UserAsync(email)).AccessFailedCount);

        Assert.Equal(HttpStatusCode.Redirect, (await TryAsync(browser, Newsroom.Password)).StatusCode);
        Assert.Equal(0, (await _factory.UserAsync(email)).AccessFailedCount);
        Assert.True(await browser.IsSignedInAsync());
    }
}
