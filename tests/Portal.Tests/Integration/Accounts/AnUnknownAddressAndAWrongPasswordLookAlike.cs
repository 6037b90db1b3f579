using System.Diagnostics;
using System.Net;
using System.Text.RegularExpressions;
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
public sealed partial class AnUnknownAddressAndAWrongPasswordLookAlike(PortalFixture fixture, ITestOutputHelper output) : IClassFixture<PortalFixture>
{
    private const int Attempts = 15;

    private readonly PortalFactory _factory = fixture.Factory;

    [Fact]
    public async Task TheRefusalsAreTheSameButForTheTokenAndTheAddress()
    {
        var known = await _factory.CreateUserAsync(Roles.Editor);
        var unknown = $"editor-{Guid.NewGuid():N}@portal.test";
        using var browser = _factory.CreateBrowser();

        var wrongPassword = await browser.TrySignInAsync(known, "sai-mat-khau-dai");
        var noAccount = await browser.TrySignInAsync(unknown, "sai-mat-khau-dai");

        Assert.Equal(HttpStatusCode.OK, wrongPassword.StatusCode);
        Assert.Equal(wrongPassword.StatusCode, noAccount.StatusCode);
        Assert.Equal(wrongPassword.Content.Headers.ContentType, noAccount.Content.Headers.ContentType);
        Assert.Equal(wrongPassword.Headers.Contains("Set-Cookie"), noAccount.Headers.Contains("Set-Cookie"));
        var first = await Comparable(wrongPassword, known);
        Assert.Contains(AccountSteps.SignInRefused, first);
        Assert.Equal(first, await Comparable(noAccount, unknown));
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
            wrongPassword.Add(await TimeSignInAsync(browser, known, token));
            await ForgetFailuresAsync(known);  // five failures would lock the account, and a locked one is not checked
            noAccount.Add(await TimeSignInAsync(browser, $"editor-{Guid.NewGuid():N}@portal.test", token));
        }

        var hashCost = HashCostMilliseconds();
        var (slow, fast) = (Math.Max(Median(wrongPassword), Median(noAccount)), Math.Min(Median(wrongPassword), Median(noAccount)));
        var summary = $"medians: wrong password {Median(wrongPassword):0.0} ms, no account {Median(noAccount):0.0} ms; one hash check {hashCost:0.0} ms";
        output.WriteLine(summary);
        Assert.True(slow / fast < 3, summary);
        Assert.True(fast > hashCost, summary);
    }

    private static async Task<double> TimeSignInAsync(HttpClient browser, string email, string token)
    {
        var clock = Stopwatch.StartNew();
        var response = await browser.PostFormAsync("/admin/account/login", new() { ["Input.Email"] = email, ["Input.Password"] = "sai-mat-khau-dai" }, token);
        var elapsed = clock.Elapsed.TotalMilliseconds;
        Assert.Contains(AccountSteps.SignInRefused, await response.TextAsync());
        return elapsed;
    }

    private async Task ForgetFailuresAsync(string email)
    {
        await using var scope = _factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
        await users.ResetAccessFailedCountAsync((await users.FindByEmailAsync(email))!);
    }

    /// <summary>The least one password check takes here: what every refusal must cost at the very least.</summary>
    private static double HashCostMilliseconds()
    {
        var hasher = new PasswordHasher<PortalUser>();
        var user = new PortalUser();
        var hash = hasher.HashPassword(user, Newsroom.Password);
        return Enumerable.Range(0, 5).Min(_ =>
        {
            var clock = Stopwatch.StartNew();
            hasher.VerifyHashedPassword(user, hash, "sai-mat-khau-dai");
            return clock.Elapsed.TotalMilliseconds;
        });
    }

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToList();
        return (sorted[(sorted.Count - 1) / 2] + sorted[sorted.Count / 2]) / 2;
    }

    /// <summary>The page with the antiforgery token and the typed address taken out.</summary>
    private static async Task<string> Comparable(HttpResponseMessage response, string email) =>
        TokenValue().Replace(await response.Content.ReadAsStringAsync(), "TOKEN").Replace(email, "ADDRESS", StringComparison.Ordinal);

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"[^\"]+\"")]
    private static partial Regex TokenValue();
}
