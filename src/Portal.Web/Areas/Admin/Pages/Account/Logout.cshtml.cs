using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Portal.Web.Accounts;
using Portal.Web.Auditing;

namespace Portal.Web.Areas.Admin.Pages.Account;

/// <summary>Signing out is a POST with an antiforgery token, so no link on another site can sign anyone out.</summary>
public sealed class LogoutModel(SignInManager<PortalUser> signIn, AuditLog audit) : PageModel
{
    public IActionResult OnGet() => RedirectToPage("/Index");

    public async Task<IActionResult> OnPostAsync()
    {
        var name = User.Identity?.Name ?? "";
        await signIn.SignOutAsync();
        await audit.RecordAsync(name, AuditActions.SignOut);
        return Redirect("/");
    }
}
