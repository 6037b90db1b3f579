using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Portal.Web.Accounts;

/// <summary>Creating and managing newsroom accounts: the command line, the setup page and the users page share it.</summary>
public sealed class UserAccounts(UserManager<PortalUser> users, RoleManager<IdentityRole> roles, DisplayNames displayNames)
{
    public Task<bool> AnyAsync(CancellationToken cancellationToken = default) => users.Users.AnyAsync(cancellationToken);

    /// <summary>The three roles exist in every database, created at start-up.</summary>
    public async Task EnsureRolesAsync()
    {
        foreach (var role in Roles.All)
        {
            if (!await roles.RoleExistsAsync(role))
            {
                await roles.CreateAsync(new IdentityRole(role));
            }
        }
    }

    public async Task<(PortalUser? User, IdentityResult Result)> CreateAsync(string email, string displayName, string password, IEnumerable<string> userRoles)
    {
        var unknown = userRoles.Where(r => !Roles.All.Contains(r)).ToList();
        if (unknown.Count > 0)
        {
            return (null, IdentityResult.Failed(new IdentityError { Code = "UnknownRole", Description = $"Không có vai trò: {string.Join(", ", unknown)}. Các vai trò: {string.Join(", ", Roles.All)}." }));
        }
        var user = new PortalUser { UserName = email.Trim(), Email = email.Trim(), DisplayName = displayName.Trim(), EmailConfirmed = true, LockoutEnabled = true };
        var created = await users.CreateAsync(user, password);
        displayNames.Forget();
        if (!created.Succeeded)
        {
            return (null, created);
        }
        var added = await users.AddToRolesAsync(user, userRoles.Distinct());
        return added.Succeeded ? (user, added) : (null, added);
    }
}
