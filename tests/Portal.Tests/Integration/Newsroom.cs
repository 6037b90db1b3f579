using System.Net;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Portal.Web.Accounts;

namespace Portal.Tests.Integration;

/// <summary>Newsroom accounts and forms as a browser would use them: real sign-in, real antiforgery tokens.</summary>
public static partial class Newsroom
{
    public const string Password = "Mật-khẩu-thử-nghiệm-2026";

    public static async Task<string> CreateUserAsync(this PortalFactory factory, string role, string? email = null, string? displayName = null)
    {
        email ??= $"{role.ToLowerInvariant()}-{Guid.NewGuid():N}@portal.test";
        await using var scope = factory.Services.CreateAsyncScope();
        var (user, result) = await scope.ServiceProvider.GetRequiredService<UserAccounts>().CreateAsync(email, displayName ?? $"Thử {Roles.VietnameseName(role)}", Password, [role]);
        Assert.True(user is not null, string.Join("; ", result.Errors.Select(e => e.Description)));
        return email;
    }

    /// <summary>A browser signed in as a new user of that role.</summary>
    public static async Task<HttpClient> SignedInAsync(this PortalFactory factory, string role)
    {
        var email = await factory.CreateUserAsync(role);
        var browser = factory.CreateBrowser();
        var response = await browser.SubmitFormAsync("/admin/account/login", new() { ["Input.Email"] = email, ["Input.Password"] = Password });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return browser;
    }

    /// <summary>Opens the page, then posts its form with the page's own antiforgery token, as a browser does.</summary>
    /// <summary>The hidden field of the citizens' forms that holds when the form was shown.</summary>
    public const string ParticipantStampField = "Input.Who.Stamp";

    public static async Task<HttpResponseMessage> SubmitFormAsync(this HttpClient browser, string pageUrl, Dictionary<string, string> fields, string? handler = null, string? postUrl = null)
    {
        var page = await browser.GetAsync(pageUrl);
        Assert.True(page.IsSuccessStatusCode, $"GET {pageUrl} answered {(int)page.StatusCode}");
        var html = await page.Content.ReadAsStringAsync();
        // A citizen's form carries the time it was shown (the participation guard's stamp), sent back as a browser does.
        var sent = new Dictionary<string, string>(fields);
        if (!sent.ContainsKey(ParticipantStampField) && AdministratorFixture.InputValue(html, ParticipantStampField) is { Length: > 0 } stamp)
        {
            sent[ParticipantStampField] = stamp;
        }
        return await browser.PostFormAsync(postUrl ?? pageUrl, sent, AntiforgeryToken(html), handler, multipart: html.Contains("multipart/form-data", StringComparison.Ordinal));
    }

    /// <summary>Posts as a browser posts that form: URL-encoded, or multipart where the form says so.</summary>
    public static Task<HttpResponseMessage> PostFormAsync(this HttpClient browser, string url, Dictionary<string, string> fields, string? token, string? handler = null, bool multipart = false)
    {
        var body = new Dictionary<string, string>(fields);
        if (token is not null)
        {
            body["__RequestVerificationToken"] = token;
        }
        var target = handler is null ? url : $"{url}{(url.Contains('?', StringComparison.Ordinal) ? '&' : '?')}handler={handler}";
        if (!multipart)
        {
            return browser.PostAsync(target, new FormUrlEncodedContent(body));
        }
        var content = new MultipartFormDataContent();
        foreach (var (name, value) in body)
        {
            content.Add(new StringContent(value, System.Text.Encoding.UTF8), name);
        }
        return browser.PostAsync(target, content);
    }

    public static string AntiforgeryToken(string html)
    {
        var match = TokenInput().Match(html);
        Assert.True(match.Success, "The page has no antiforgery token.");
        return WebUtility.HtmlDecode(match.Groups[1].Value);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenInput();
}
