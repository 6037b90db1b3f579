using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Web.Accounts;
using Portal.Web.Auditing;

namespace Portal.Tests.Integration;

/// <summary>
/// A reset link is short-lived, single use and for one account: expired, spent, tampered with, sent with another
/// account's id or for a locked account, it changes nothing and says why, with a way to ask again. The forms need
/// their antiforgery token, a weak password is refused as everywhere, and an unknown address queues no letter.
/// </summary>
public sealed class AResetLinkIsRefusedWhenItCannotBeTrusted(PortalFixture fixture) : IClassFixture<PortalFixture>
{
    private const string Expired = "đã hết hạn";
    private const string Refused = "không dùng được";

    private readonly PortalFactory _factory = fixture.Factory;

    [Fact]
    public async Task AnExpiredLinkSaysSoAndOffersANewOne()
    {
        var (email, link) = await AskedAsync();
        _factory.Clock.Advance(PasswordResetTokens.Lifetime + TimeSpan.FromMinutes(1));
        using var browser = _factory.CreateBrowser();

        var page = await browser.GetAsync(link);

        var text = await page.TextAsync();
        Assert.Contains(Expired, text);
        Assert.Contains("href=\"/admin/account/forgot\"", await page.Content.ReadAsStringAsync());
        await AssertRefusedOnPostAsync(browser, link, email, Expired);
    }

    [Fact]
    public async Task ATamperedTokenIsRefused()
    {
        var (email, link) = await AskedAsync();
        var at = link.IndexOf("token=", StringComparison.Ordinal) + 10;
        var tampered = link[..at] + (link[at] == 'A' ? 'B' : 'A') + link[(at + 1)..];
        using var browser = _factory.CreateBrowser();

        Assert.Contains(Refused, await (await browser.GetAsync(tampered)).TextAsync());
        await AssertRefusedOnPostAsync(browser, tampered, email, Refused);
        Assert.Contains(Refused, await (await browser.GetAsync("/admin/account/reset")).TextAsync());
        Assert.Contains(Refused, await (await browser.GetAsync("/admin/account/reset?id=x&token=" + new string('A', 5000))).TextAsync());
    }

    [Fact]
    public async Task OneAccountsTokenDoesNotOpenAnother()
    {
        var (_, link) = await AskedAsync();
        var other = await _factory.CreateUserAsync(Roles.Administrator);
        var otherId = (await _factory.UserAsync(other)).Id;
        var token = link[link.IndexOf("&token=", StringComparison.Ordinal)..];
        var forged = $"/admin/account/reset?id={otherId}{token}";
        using var browser = _factory.CreateBrowser();

        Assert.Contains(Refused, await (await browser.GetAsync(forged)).TextAsync());
        await AssertRefusedOnPostAsync(browser, forged, other, Refused);
    }

    [Fact]
    public async Task ALockedAccountCannotUseItsLinkToGetIn()
    {
        var (email, link) = await AskedAsync();
        await using (var scope = _factory.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
            await users.SetLockoutEndDateAsync((await users.FindByEmailAsync(email))!, DateTimeOffset.MaxValue);
        }
        using var browser = _factory.CreateBrowser();

        Assert.Contains("đang bị khóa", await (await browser.GetAsync(link)).TextAsync());
        await AssertRefusedOnPostAsync(browser, link, email, "đang bị khóa");
        Assert.Equal(HttpStatusCode.OK, (await browser.TrySignInAsync(email, PasswordResetSteps.NewPassword)).StatusCode);
    }

    [Fact]
    public async Task AWeakPasswordIsRefusedAndTheLinkStillWorksAfterwards()
    {
        var (email, link) = await AskedAsync();
        using var browser = _factory.CreateBrowser();

        var weak = await browser.ResetThroughAsync(link, "1234567890");

        Assert.Equal(HttpStatusCode.OK, weak.StatusCode);
        Assert.Contains("Mật khẩu quá dễ đoán", await weak.TextAsync());
        Assert.Equal(HttpStatusCode.Redirect, (await browser.ResetThroughAsync(link)).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await browser.TrySignInAsync(email, PasswordResetSteps.NewPassword)).StatusCode);
    }

    [Fact]
    public async Task AnUnknownAddressQueuesNoLetterButIsAudited()
    {
        var stranger = $"khong-ai-{Guid.NewGuid():N}@portal.test";
        using var browser = _factory.CreateBrowser();

        var answer = await browser.AskForAResetAsync(stranger);

        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        Assert.False(await _factory.WithDbAsync(db => db.OutboxMessages.AnyAsync(m => m.ToAddress == stranger)));
        Assert.Contains(await _factory.AuditAsync(AuditActions.PasswordResetRequested), e => e.UserName == stranger && e.Details == "tài khoản không tồn tại");
    }

    [Fact]
    public async Task BothFormsNeedTheirAntiforgeryToken()
    {
        var (email, link) = await AskedAsync();
        using var browser = _factory.CreateBrowser();

        var ask = await browser.PostFormAsync("/admin/account/forgot", new() { ["Input.Email"] = email }, token: null);
        var reset = await browser.PostFormAsync(link, PasswordResetSteps.NewPasswordForm(), token: null);

        Assert.Equal(HttpStatusCode.BadRequest, ask.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, reset.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await browser.TrySignInAsync(email, Newsroom.Password)).StatusCode);
    }

    [Fact]
    public async Task ABadAddressIsAnsweredWithAMessageNotAnError()
    {
        using var browser = _factory.CreateBrowser();

        var answer = await browser.AskForAResetAsync("khong-phai-dia-chi");

        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        Assert.Contains("Địa chỉ thư không hợp lệ.", await answer.TextAsync());
    }

    private async Task<(string Email, string Link)> AskedAsync()
    {
        var email = await _factory.CreateUserAsync(Roles.Editor);
        using var browser = _factory.CreateBrowser();
        Assert.Equal(HttpStatusCode.OK, (await browser.AskForAResetAsync(email)).StatusCode);
        return (email, await _factory.QueuedLinkAsync(email));
    }

    /// <summary>The new password is refused with the reason, and the old one still opens the newsroom.</summary>
    private async Task AssertRefusedOnPostAsync(HttpClient browser, string link, string email, string reason)
    {
        var page = await browser.GetStringAsync("/admin/account/forgot");
        var posted = await browser.PostFormAsync(link, PasswordResetSteps.NewPasswordForm(), Newsroom.AntiforgeryToken(page));
        Assert.Equal(HttpStatusCode.OK, posted.StatusCode);
        Assert.Contains(reason, await posted.TextAsync());
        using var check = _factory.CreateBrowser();
        var locked = await _factory.WithDbAsync(db => db.Users.AnyAsync(u => u.Email == email && u.LockoutEnd != null));
        Assert.Equal(locked ? HttpStatusCode.OK : HttpStatusCode.Redirect, (await check.TrySignInAsync(email, Newsroom.Password)).StatusCode);
    }
}
