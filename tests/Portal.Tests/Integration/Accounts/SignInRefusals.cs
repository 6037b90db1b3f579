using System.Diagnostics;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Identity;
using Portal.Web.Accounts;

namespace Portal.Tests.Integration;

/// <summary>What a stranger can compare between two refused sign-ins: the page, and the time it took.</summary>
public static partial class SignInRefusals
{
    public const string WrongPassword = "sai-mat-khau-dai";

    /// <summary>The page with the antiforgery token and the typed address taken out.</summary>
    public static async Task<string> ComparableAsync(HttpResponseMessage response, string email) =>
        TokenValue().Replace(await response.Content.ReadAsStringAsync(), "TOKEN").Replace(email, "ADDRESS", StringComparison.Ordinal);

    /// <summary>Milliseconds one refused sign-in took, seen from the client; fails unless it was refused.</summary>
    public static async Task<double> TimeAsync(HttpClient browser, string email, string token, string password = WrongPassword)
    {
        var clock = Stopwatch.StartNew();
        var response = await browser.PostFormAsync("/admin/account/login", new() { ["Input.Email"] = email, ["Input.Password"] = password }, token);
        var elapsed = clock.Elapsed.TotalMilliseconds;
        Assert.Contains(AccountSteps.SignInRefused, await response.TextAsync());
        return elapsed;
    }

    /// <summary>The least one password check takes here: what every refusal must cost at the very least.</summary>
    public static double HashCostMilliseconds()
    {
        var hasher = new PasswordHasher<PortalUser>();
        var user = new PortalUser();
        var hash = hasher.HashPassword(user, Newsroom.Password);
        return Enumerable.Range(0, 5).Min(_ =>
        {
            var clock = Stopwatch.StartNew();
            hasher.VerifyHashedPassword(user, hash, WrongPassword);
            return clock.Elapsed.TotalMilliseconds;
        });
    }

    public static double Median(List<double> values)
    {
        var sorted = values.Order().ToList();
        return (sorted[(sorted.Count - 1) / 2] + sorted[sorted.Count / 2]) / 2;
    }

    /// <summary>
    /// Fails unless the two sets of timings are alike (a ratio under 3) and each median costs a hash check. The hash is
    /// timed at another moment than the sign-ins, and a busy 2-core machine can slow one moment by half again: a
    /// median over half a check still tells a refusal that checks a hash from one that skips it (a few milliseconds).
    /// </summary>
    public static string AssertAlike(string firstName, List<double> first, string secondName, List<double> second)
    {
        var hashCost = HashCostMilliseconds();
        var (a, b) = (Median(first), Median(second));
        var summary = $"medians: {firstName} {a:0.0} ms, {secondName} {b:0.0} ms; one hash check {hashCost:0.0} ms";
        Assert.True(Math.Max(a, b) / Math.Min(a, b) < 3, summary);
        Assert.True(Math.Min(a, b) > hashCost / 2, summary);
        return summary;
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"[^\"]+\"")]
    private static partial Regex TokenValue();
}
