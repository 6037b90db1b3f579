using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Portal.Web.Accounts;

namespace Portal.Tests.Integration;

/// <summary>
/// Before any account exists nobody can sign in: the page says how the first administrator is made (the setup page
/// with the token from the log, or the <c>users add</c> command) instead of a form. Once one exists, the form is back.
/// </summary>
public sealed class TheSignInPageOnAnEmptyDatabaseSaysHowToMakeTheFirstAdministrator : IDisposable
{
    private readonly PortalFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task ItExplainsTheTwoWaysAndShowsTheFormOnceAnAccountExists()
    {
        _factory.Services.GetRequiredService<SetupToken>().Issue();
        using var browser = _factory.CreateBrowser();

        var empty = await browser.GetAsync("/admin/account/login");

        Assert.Equal(HttpStatusCode.OK, empty.StatusCode);
        var html = await empty.Content.ReadAsStringAsync();
        Assert.Contains("chưa có tài khoản nào", Html.Text(html));
        Assert.Contains("users add --email", html);
        Assert.Contains("href=\"/admin/account/setup\"", html);
        Assert.DoesNotContain("Input.Password", html);
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/admin/account/setup")).StatusCode);

        await _factory.CreateUserAsync(Roles.Administrator);
        var withAnAccount = await browser.GetStringAsync("/admin/account/login");

        Assert.Contains("Input.Password", withAnAccount);
        Assert.Contains("Quên mật khẩu?", withAnAccount);
        Assert.DoesNotContain("users add --email", withAnAccount);
    }

    [Fact]
    public async Task WhenTheSetupPageIsClosedOnlyTheCommandIsOffered()
    {
        // As after the last account was deleted by hand: the token is gone until the next start.
        _factory.Services.GetRequiredService<SetupToken>().Revoke();
        using var browser = _factory.CreateBrowser();

        var html = await browser.GetStringAsync("/admin/account/login");

        Assert.Contains("users add --email", html);
        Assert.DoesNotContain("href=\"/admin/account/setup\"", html);
    }
}
