using System.Net;
using Microsoft.EntityFrameworkCore;
using Portal.Web.Accounts;
using Portal.Web.Auditing;

namespace Portal.Tests.Integration;

public sealed class SignInLocksTheAccountAfterFiveWrongPasswords(PortalFixture fixture) : IClassFixture<PortalFixture>
{
    private readonly PortalFactory _factory = fixture.Factory;

    [Fact]
    public async Task TheFifthWrongPasswordLocksItEvenAgainstTheRightOneAndEveryTryIsAudited()
    {
        var email = await _factory.CreateUserAsync(Roles.Editor);
        using var browser = _factory.CreateBrowser();

        for (var attempt = 1; attempt <= 4; attempt++)
        {
            var wrong = await browser.TrySignInAsync(email, "sai-mat-khau-" + attempt);
            Assert.Equal(HttpStatusCode.OK, wrong.StatusCode);
            Assert.Contains(AccountSteps.SignInRefused, await wrong.TextAsync());
        }
        // The lock is not announced (that would tell a stranger the address has an account): the same refusal.
        var fifth = await browser.TrySignInAsync(email, "sai-mat-khau-5");
        Assert.Contains(AccountSteps.SignInRefused, await fifth.TextAsync());
        var right = await browser.TrySignInAsync(email, Newsroom.Password);
        Assert.Equal(HttpStatusCode.OK, right.StatusCode);
        Assert.Contains(AccountSteps.SignInRefused, await right.TextAsync());
        Assert.False(await browser.IsSignedInAsync());

        var failed = (await _factory.AuditAsync(AuditActions.SignInFailed)).Where(e => e.UserName == email).ToList();
        Assert.Equal(4, failed.Count);
        Assert.All(failed, e => Assert.Equal("sai mật khẩu", e.Details));
        Assert.Equal(2, (await _factory.AuditAsync(AuditActions.LockedOut)).Count(e => e.UserName == email));
    }

    /// <summary>
    /// Identity reads the system clock for lockouts, not the app's: the stored end is checked against real time, and
    /// the passing of the fifteen minutes is played by moving that end into the past, as time would.
    /// </summary>
    [Fact]
    public async Task TheLockLastsFifteenMinutesAndTheRightPasswordWorksAgainAfterIt()
    {
        var email = await _factory.CreateUserAsync(Roles.Editor);
        using var browser = _factory.CreateBrowser();
        for (var attempt = 1; attempt <= 5; attempt++)
        {
            await browser.TrySignInAsync(email, "sai-mat-khau-" + attempt);
        }

        var lockedUntil = (await _factory.UserAsync(email)).LockoutEnd!.Value;
        var left = lockedUntil - DateTimeOffset.UtcNow;
        Assert.InRange(left, TimeSpan.FromMinutes(14), TimeSpan.FromMinutes(15));
        Assert.Contains(AccountSteps.SignInRefused, await (await browser.TrySignInAsync(email, Newsroom.Password)).TextAsync());

        await _factory.WithDbAsync(db => db.Users.Where(u => u.Email == email)
            .ExecuteUpdateAsync(u => u.SetProperty(x => x.LockoutEnd, DateTimeOffset.UtcNow.AddSeconds(-1))));
        Assert.Equal(HttpStatusCode.Redirect, (await browser.TrySignInAsync(email, Newsroom.Password)).StatusCode);
        Assert.True(await browser.IsSignedInAsync());
    }

    [Fact]
    public async Task AnUnknownAddressIsRefusedLikeAWrongPasswordAndAudited()
    {
        using var browser = _factory.CreateBrowser();

        var response = await browser.TrySignInAsync("khong-ai@portal.test", Newsroom.Password);

        Assert.Contains(AccountSteps.SignInRefused, await response.TextAsync());
        var entry = Assert.Single(await _factory.AuditAsync(AuditActions.SignInFailed), e => e.UserName == "khong-ai@portal.test");
        Assert.Equal("tài khoản không tồn tại", entry.Details);
    }
}
