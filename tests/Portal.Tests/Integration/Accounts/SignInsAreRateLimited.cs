using System.Net;

namespace Portal.Tests.Integration;

[Trait("Database", "SqliteOnly")] // the limiter is in memory
public sealed class SignInsAreRateLimited : IDisposable
{
    private readonly PortalFactory _factory = new();

    public SignInsAreRateLimited() => _factory.Settings["Portal:Security:SignInAttemptsPerMinute"] = "3";

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task TheFourthSignInPostInAMinuteIsRefusedWithRetryAfter()
    {
        await _factory.CreateUserAsync(Portal.Web.Accounts.Roles.Editor); // with no account at all, the page has no form
        using var browser = _factory.CreateBrowser();
        var token = Newsroom.AntiforgeryToken(await (await browser.GetAsync("/admin/account/login")).Content.ReadAsStringAsync());
        var form = new Dictionary<string, string> { ["Input.Email"] = "ai-do@portal.test", ["Input.Password"] = "doan-mo-mat-khau" };

        for (var attempt = 1; attempt <= 3; attempt++)
        {
            Assert.Equal(HttpStatusCode.OK, (await browser.PostFormAsync("/admin/account/login", form, token)).StatusCode);
        }
        var fourth = await browser.PostFormAsync("/admin/account/login", form, token);

        Assert.Equal(HttpStatusCode.TooManyRequests, fourth.StatusCode);
        Assert.NotNull(fourth.Headers.RetryAfter);
        Assert.InRange(fourth.Headers.RetryAfter!.Delta!.Value, TimeSpan.FromSeconds(1), TimeSpan.FromMinutes(1));
        // Showing the form is not a try.
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/admin/account/login")).StatusCode);
    }
}
