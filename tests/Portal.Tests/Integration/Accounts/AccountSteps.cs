using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Web.Accounts;
using Portal.Web.Auditing;
using Portal.Web.Hosting;

namespace Portal.Tests.Integration;

/// <summary>Signing in and reading accounts and the audit log, for the account, users and audit tests.</summary>
public static class AccountSteps
{
    public const string SignInRefused = "Địa chỉ thư hoặc mật khẩu không đúng.";

    /// <summary>A new browser signed in as that person; fails the test if the sign-in does not go through.</summary>
    public static async Task<HttpClient> SignInAsync(this PortalFactory factory, string email, string password = Newsroom.Password)
    {
        var browser = factory.CreateBrowser();
        var response = await browser.TrySignInAsync(email, password);
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"Signing in as {email} answered {(int)response.StatusCode}");
        return browser;
    }

    public static Task<HttpResponseMessage> TrySignInAsync(this HttpClient browser, string email, string password) =>
        browser.SubmitFormAsync("/admin/account/login", new() { ["Input.Email"] = email, ["Input.Password"] = password });

    /// <summary>The sign-in cookie a response set, as <c>name=value</c>: what a thief would copy and send again.</summary>
    public static string SignInCookieOf(HttpResponseMessage response)
    {
        var prefix = IdentitySetup.SignInCookie + "=";
        var cookie = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith(prefix, StringComparison.Ordinal));
        return cookie.Split(';')[0];
    }

    /// <summary>A GET carrying only that cookie, from a client that keeps none of its own.</summary>
    public static async Task<HttpResponseMessage> GetWithCookieAsync(this PortalFactory factory, string url, string cookie)
    {
        using var client = factory.CreateBrowser(handleCookies: false);
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Add("Cookie", cookie);
        return await client.SendAsync(request);
    }

    /// <summary>True when the cookie opens the newsroom's article list; false when it is sent to sign in.</summary>
    public static async Task<bool> OpensTheNewsroomAsync(this PortalFactory factory, string cookie)
    {
        var response = await factory.GetWithCookieAsync("/admin/articles", cookie);
        if (response.StatusCode == HttpStatusCode.Redirect)
        {
            Assert.StartsWith("/admin/account/login", response.Headers.Location!.AbsolutePath, StringComparison.OrdinalIgnoreCase);
            return false;
        }
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return true;
    }

    /// <summary>True when the newsroom opens; false when it sends the browser to the sign-in page.</summary>
    public static async Task<bool> IsSignedInAsync(this HttpClient browser)
    {
        var response = await browser.GetAsync("/admin");
        if (response.StatusCode == HttpStatusCode.Redirect)
        {
            Assert.StartsWith("/admin/account/login", response.Headers.Location!.AbsolutePath, StringComparison.OrdinalIgnoreCase);
            return false;
        }
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return true;
    }

    public static async Task<string> TextAsync(this HttpResponseMessage response) => Html.Text(await response.Content.ReadAsStringAsync());

    public static Task<PortalUser> UserAsync(this PortalFactory factory, string email) =>
        factory.WithDbAsync(db => db.Users.AsNoTracking().SingleAsync(u => u.Email == email));

    public static async Task<IList<string>> RolesOfAsync(this PortalFactory factory, string email)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
        return await users.GetRolesAsync((await users.FindByEmailAsync(email))!);
    }

    /// <summary>The entries of one action, oldest first.</summary>
    public static Task<List<AuditEntry>> AuditAsync(this PortalFactory factory, string action) =>
        factory.WithDbAsync(db => db.AuditEntries.Where(e => e.Action == action).OrderBy(e => e.Id).ToListAsync());
}
