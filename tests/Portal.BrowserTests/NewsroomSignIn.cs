using Microsoft.Extensions.DependencyInjection;
using Portal.Web.Accounts;

namespace Portal.BrowserTests;

/// <summary>Signing in to the newsroom as a person does it: a new account of one role, the sign-in form, the dashboard.</summary>
public static class NewsroomSignIn
{
    public const string Password = "Mật-khẩu-trình-duyệt-2026";

    /// <summary>A new account of <paramref name="role"/> (display name "Thử {role}" unless given), signed in on a new page of that width.</summary>
    public static async Task<(WatchedPage Page, string Email)> SignedInAsync(this PortalServer server, string role, int width, string? displayName = null)
    {
        var email = $"{role.ToLowerInvariant()}-{Guid.NewGuid():N}@portal.test";
        await using (var scope = server.Services.CreateAsyncScope())
        {
            var (user, result) = await scope.ServiceProvider.GetRequiredService<UserAccounts>()
                .CreateAsync(email, displayName ?? $"Thử {Roles.VietnameseName(role)}", Password, [role]);
            Assert.True(user is not null, string.Join("; ", result.Errors.Select(e => e.Description)));
        }
        var watched = await server.NewPageAsync(width);
        await watched.GoAsync("/admin/account/login");
        await watched.Page.FillAsync("#Input_Email", email);
        await watched.Page.FillAsync("#Input_Password", Password);
        await watched.Page.ClickAsync("button[type=submit]");
        await watched.Page.WaitForURLAsync("**/admin");
        return (watched, email);
    }
}
