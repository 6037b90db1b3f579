using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Portal.Web.Accounts;
using Portal.Web.Auditing;

namespace Portal.Tests.Integration;

/// <summary>
/// The real app on its own SQLite file, with an administrator signed in through the sign-in form, shared by
/// the tests of one class. Tests in a class run one after another, so each names what it adds uniquely.
/// </summary>
public sealed class AdministratorFixture : IAsyncLifetime
{
    public PortalFactory Factory { get; } = new();

    /// <summary>The administrator's address, which is the user name the audit log records.</summary>
    public string Email { get; private set; } = "";

    public HttpClient Browser { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Email = await Factory.CreateUserAsync(Roles.Administrator);
        Browser = Factory.CreateBrowser();
        var signIn = await Browser.SubmitFormAsync("/admin/account/login", new() { ["Input.Email"] = Email, ["Input.Password"] = Newsroom.Password });
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
    }

    public Task DisposeAsync()
    {
        Browser.Dispose();
        Factory.Dispose();
        return Task.CompletedTask;
    }

    /// <summary>A short tag that keeps names and slugs of one test apart from the others'.</summary>
    public static string UniqueTag() => Guid.NewGuid().ToString("N")[..8];

    /// <summary>The value a form field shows, as the browser would read it.</summary>
    public static string? InputValue(string html, string field) =>
        Html.Attribute(html, $"<input[^>]*name=\"{Regex.Escape(field)}\"[^>]*>", "value");

    /// <summary>An admin page as the signed-in administrator sees it.</summary>
    public Task<string> AdminPageAsync(string url) => ReadPageAsync(Browser, url);

    /// <summary>A public page as a citizen sees it: no sign-in cookie.</summary>
    public async Task<string> PublicPageAsync(string url)
    {
        using var citizen = Factory.CreateBrowser();
        return await ReadPageAsync(citizen, url);
    }

    public Task<List<AuditEntry>> AuditEntriesAsync(string action, string target) =>
        Factory.WithDbAsync(db => db.AuditEntries.Where(e => e.Action == action && e.Target == target).OrderBy(e => e.Id).ToListAsync());

    private static async Task<string> ReadPageAsync(HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET {url} answered {(int)response.StatusCode}");
        return await response.Content.ReadAsStringAsync();
    }
}
