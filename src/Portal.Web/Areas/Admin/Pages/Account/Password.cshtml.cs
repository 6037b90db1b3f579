using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Portal.Web.Accounts;
using Portal.Web.Areas.Admin.Pages.Forms;
using Portal.Web.Auditing;
using Portal.Web.Hosting;
using Portal.Web.Mail;

namespace Portal.Web.Areas.Admin.Pages.Account;

/// <summary>
/// The current password is a sign-in of its own, open to whoever sits at a signed-in computer or holds a copied
/// cookie: its POST is under the sign-in rate limit, a wrong one counts toward the lockout, and the lock ends every
/// session of the account (a new security stamp), this one and any copy of its cookie included.
/// </summary>
[EnableRateLimiting(RateLimitSetup.SignIn)]
public sealed class PasswordModel(UserManager<PortalUser> users, SignInManager<PortalUser> signIn, AuditLog audit, NotificationPreference notifications) : PageModel
{
    public sealed class InputModel : NewPasswordFields
    {
        [Required(ErrorMessage = "Xin nhập mật khẩu hiện tại.")]
        [DataType(DataType.Password)]
        [Display(Name = "Mật khẩu hiện tại")]
        public string CurrentPassword { get; set; } = "";
    }

    [BindProperty]
    public InputModel Input { get; set; } = new();

    /// <summary>Whether the newsroom's e-mails (an article to approve, a comment to moderate) come to this user.</summary>
    public bool EmailNotifications { get; private set; }

    public async Task OnGetAsync() => EmailNotifications = (await users.GetUserAsync(User))?.EmailNotifications ?? true;

    public async Task<IActionResult> OnPostNotificationsAsync([FromForm(Name = nameof(EmailNotifications))] bool emailNotifications)
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }
        var result = await notifications.SetAsync(user, emailNotifications, User.Identity?.Name ?? "");
        if (!result.Succeeded)
        {
            return StatusCode(StatusCodes.Status409Conflict);
        }
        await signIn.RefreshSignInAsync(user);
        TempData["Message"] = emailNotifications ? "Đã bật thư thông báo." : "Đã tắt thư thông báo.";
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var user = await users.GetUserAsync(User);
        EmailNotifications = user?.EmailNotifications ?? true;
        if (!ModelState.IsValid)
        {
            return Page();
        }
        if (user is null)
        {
            return Challenge();
        }
        var check = await signIn.CheckPasswordSignInAsync(user, Input.CurrentPassword, lockoutOnFailure: true);
        if (check.IsLockedOut)
        {
            await users.UpdateSecurityStampAsync(user);
            await signIn.SignOutAsync();
            await audit.RecordAsync(user.Email!, AuditActions.LockedOut, details: "đổi mật khẩu");
            return LocalRedirect("/admin/account/login");
        }
        if (!check.Succeeded)
        {
            await audit.RecordAsync(user.Email!, AuditActions.SignInFailed, details: "sai mật khẩu hiện tại");
            ModelState.AddModelError("", users.ErrorDescriber.PasswordMismatch().Description);
            return Page();
        }
        var result = await users.ChangePasswordAsync(user, Input.CurrentPassword, Input.NewPassword);
        if (!result.Succeeded)
        {
            foreach (var error in result.Errors)
            {
                ModelState.AddModelError("", error.Description);
            }
            return Page();
        }
        // The security stamp changed: other sessions of this account end; this one is renewed.
        await signIn.RefreshSignInAsync(user);
        await audit.RecordAsync(user.Email!, AuditActions.PasswordChanged);
        TempData["Message"] = "Đã đổi mật khẩu.";
        return RedirectToPage("/Index");
    }
}
