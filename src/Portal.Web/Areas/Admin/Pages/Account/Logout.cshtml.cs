using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Portal.Web.Accounts;
using Portal.Web.Auditing;

namespace Portal.Web.Areas.Admin.Pages.Account;

/// <summary>Signing out is a POST with an antiforgery token, so no link on another site can sign anyone out.</summary>
public sealed class LogoutModel(SignInManager<PortalUser> signIn, UserManager<PortalUser> users, AuditLog audit) : PageModel
{
    public IActionResult OnGet() => RedirectToPage("/Index");

    /// <summary>
    /// A new security stamp, checked on every request, ends this cookie and any copy of it (and the person's other
    /// sessions): deleting the cookie in this browser alone would leave a copied one working.
    /// </summary>
    public async Task<IActionResult> OnPostAsync()
    {
        var name = User.Identity?.Name ?? "";
        if (await users.GetUserAsync(User) is { } user)
        {
            await users.UpdateSecurityStampAsync(user);
        }
        await signIn.SignOutAsync();
        await audit.RecordAsync(name, AuditActions.SignOut);
        return Redirect("/");
    }
}
