using System.Net;

namespace Portal.Tests.Integration.Security;

/// <summary>The one-time setup page cannot be used to guess its token quickly.</summary>
public sealed class TheSetupPageIsRateLimited : IDisposable
{
    private readonly PortalFactory _factory = new() { TestServices = ClientAddresses.AddTo };

    public TheSetupPageIsRateLimited() => _factory.Settings["Portal:Security:SignInAttemptsPerMinute"] = "3";

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task TheFourthWrongTokenInAMinuteIsRefusedWithRetryAfter()
    {
        using var guesser = ClientAddresses.BrowserFrom(_factory, "198.51.100.20");
        var token = Newsroom.AntiforgeryToken(await guesser.GetStringAsync("/admin/account/setup"));
        var form = new Dictionary<string, string>
        {
            ["Input.Token"] = "doan-ma-thiet-lap",
            ["Input.Email"] = "quantri@portal.test",
            ["Input.DisplayName"] = "Quản trị viên",
            ["Input.Password"] = Newsroom.Password,
            ["Input.ConfirmPassword"] = Newsroom.Password,
        };

        for (var attempt = 1; attempt <= 3; attempt++)
        {
            Assert.Equal(HttpStatusCode.OK, (await guesser.PostFormAsync("/admin/account/setup", form, token)).StatusCode);
        }
        var refused = await guesser.PostFormAsync("/admin/account/setup", form, token);

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.InRange(refused.Headers.RetryAfter!.Delta!.Value, TimeSpan.FromSeconds(1), TimeSpan.FromMinutes(1));
        Assert.Contains("Xin đợi một lát rồi thử lại.", await refused.Content.ReadAsStringAsync());
        // Someone else, elsewhere, is not held up by this guesser.
        using var administrator = ClientAddresses.BrowserFrom(_factory, "198.51.100.21");
        var otherToken = Newsroom.AntiforgeryToken(await administrator.GetStringAsync("/admin/account/setup"));
        Assert.Equal(HttpStatusCode.OK, (await administrator.PostFormAsync("/admin/account/setup", form, otherToken)).StatusCode);
    }
}
