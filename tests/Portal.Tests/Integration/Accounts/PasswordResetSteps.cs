using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Portal.Web.Accounts;

namespace Portal.Tests.Integration;

/// <summary>Asking for a reset link as a person does, and reading the link from the letter or the outbox.</summary>
public static partial class PasswordResetSteps
{
    public const string NewPassword = "Mật-khẩu-mới-sau-khi-quên-2026";

    public static Task<HttpResponseMessage> AskForAResetAsync(this HttpClient browser, string email) =>
        browser.SubmitFormAsync("/admin/account/forgot", new() { ["Input.Email"] = email });

    public static Dictionary<string, string> NewPasswordForm(string password = NewPassword) =>
        new() { ["Input.NewPassword"] = password, ["Input.ConfirmPassword"] = password };

    /// <summary>The reset link in a letter's text, as a path and query the test client can open.</summary>
    public static string LinkIn(string text)
    {
        var match = ResetLink().Match(text);
        Assert.True(match.Success, "The letter has no reset link:\n" + text);
        return new Uri(match.Value).PathAndQuery;
    }

    /// <summary>The link of the latest letter queued for the address (no SMTP server needed).</summary>
    public static async Task<string> QueuedLinkAsync(this PortalFactory factory, string email)
    {
        var letter = await factory.WithDbAsync(db => db.OutboxMessages.AsNoTracking()
            .Where(m => m.ToAddress == email && m.Purpose == PasswordResets.Purpose).OrderByDescending(m => m.Id).FirstAsync());
        return LinkIn(letter.TextBody);
    }

    /// <summary>Opens the link and, if it shows the form, sends the new password with the page's own token.</summary>
    public static async Task<HttpResponseMessage> ResetThroughAsync(this HttpClient browser, string link, string password = NewPassword)
    {
        var page = await browser.GetAsync(link);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        return await browser.PostFormAsync(link, NewPasswordForm(password), Newsroom.AntiforgeryToken(await page.Content.ReadAsStringAsync()));
    }

    [GeneratedRegex(@"https?://[^\s/]+/admin/account/reset\?\S+")]
    private static partial Regex ResetLink();
}
