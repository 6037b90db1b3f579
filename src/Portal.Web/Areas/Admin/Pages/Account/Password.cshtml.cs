using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Portal.Web.Accounts;
using Portal.Web.Areas.Admin.Pages.Forms;
using Portal.Web.Auditing;

namespace Portal.Web.Areas.Admin.Pages.Account;

public sealed class PasswordModel(UserManager<PortalUser> users, SignInManager<PortalUser> signIn, AuditLog audit) : PageModel
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

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
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
