using System.Net;
using Microsoft.EntityFrameworkCore;
using Portal.Web.Accounts;

namespace Portal.Tests.Integration;

[Trait("Database", "SqliteOnly")] // the limiter is in memory
public sealed class PasswordResetRequestsAreRateLimited : IDisposable
{
    private readonly PortalFactory _factory = new();

    public PasswordResetRequestsAreRateLimited() => _factory.Settings["Portal:Security:SignInAttemptsPerMinute"] = "3";

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task TheFourthRequestInAMinuteIsRefusedAndQueuesNothing()
    {
        var email = await _factory.CreateUserAsync(Roles.Editor);
        using var browser = _factory.CreateBrowser();
        var token = Newsroom.AntiforgeryToken(await browser.GetStringAsync("/admin/account/forgot"));
        var form = new Dictionary<string, string> { ["Input.Email"] = email };

        for (var attempt = 1; attempt <= 3; attempt++)
        {
            Assert.Equal(HttpStatusCode.OK, (await browser.PostFormAsync("/admin/account/forgot", form, token)).StatusCode);
        }
        var fourth = await browser.PostFormAsync("/admin/account/forgot", form, token);

        Assert.Equal(HttpStatusCode.TooManyRequests, fourth.StatusCode);
        Assert.NotNull(fourth.Headers.RetryAfter);
        Assert.Equal(3, await _factory.WithDbAsync(db => db.OutboxMessages.CountAsync(m => m.ToAddress == email)));
    }
}
