using System.Text.RegularExpressions;
using Portal.Web.Accounts;

namespace Portal.Tests.Integration;

/// <summary>The administrator's users pages as a browser uses them.</summary>
public static class UsersPages
{
    public const string Index = "/admin/users";
    public const string Create = "/admin/users/create";

    public static string Edit(string id) => $"/admin/users/edit/{id}";

    /// <summary>An administrator's browser and their address.</summary>
    public static async Task<(HttpClient Browser, string Email)> AdministratorAsync(this PortalFactory factory)
    {
        var email = await factory.CreateUserAsync(Roles.Administrator);
        return (await factory.SignInAsync(email), email);
    }

    /// <summary>Posts the name-and-roles form of the edit page.</summary>
    public static Task<HttpResponseMessage> ChangeProfileAsync(this HttpClient admin, string id, string displayName, params string[] roles)
    {
        var fields = new List<KeyValuePair<string, string>> { new("Input.DisplayName", displayName) };
        fields.AddRange(roles.Select(r => new KeyValuePair<string, string>("Input.Roles", r)));
        return admin.PostListAsync(Edit(id), fields);
    }

    public static Task<HttpResponseMessage> LockAsync(this HttpClient admin, string id, string lastDay = "") =>
        admin.SubmitFormAsync(Edit(id), new() { ["Lock.LastDay"] = lastDay }, handler: "Lock");

    public static Task<HttpResponseMessage> UnlockAsync(this HttpClient admin, string id) =>
        admin.SubmitFormAsync(Edit(id), [], handler: "Unlock");

    public static Task<HttpResponseMessage> ResetPasswordAsync(this HttpClient admin, string id, string password, string? confirm = null) =>
        admin.SubmitFormAsync(Edit(id), new() { ["Password.NewPassword"] = password, ["Password.ConfirmPassword"] = confirm ?? password }, handler: "Password");

    /// <summary>A form with repeated names (checkboxes), posted with the page's own antiforgery token.</summary>
    public static async Task<HttpResponseMessage> PostListAsync(this HttpClient browser, string url, List<KeyValuePair<string, string>> fields, string? handler = null)
    {
        var page = await browser.GetAsync(url);
        Assert.True(page.IsSuccessStatusCode, $"GET {url} answered {(int)page.StatusCode}");
        fields.Add(new("__RequestVerificationToken", Newsroom.AntiforgeryToken(await page.Content.ReadAsStringAsync())));
        return await browser.PostAsync(handler is null ? url : $"{url}?handler={handler}", new FormUrlEncodedContent(fields));
    }

    /// <summary>The text of the users table's row for that address.</summary>
    public static async Task<string> RowOfAsync(this HttpClient admin, string email)
    {
        var html = await admin.GetStringAsync(Index);
        var row = Regex.Matches(html, "<tr>.*?</tr>", RegexOptions.Singleline).Select(m => Html.Text(m.Value)).SingleOrDefault(r => r.StartsWith(email + " ", StringComparison.Ordinal));
        Assert.True(row is not null, $"No row for {email}");
        return row;
    }

    public static async Task<string> IdOfAsync(this PortalFactory factory, string email) => (await factory.UserAsync(email)).Id;
}
