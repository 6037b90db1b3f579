using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Portal.Web.Accounts;
using Portal.Web.Areas.Admin.Pages.Forms;
using Portal.Web.Auditing;
using Portal.Web.Hosting;

namespace Portal.Web.Areas.Admin.Pages.Account;

/// <summary>
/// Creates the first administrator, once: only while no account exists, and only with the token printed to
/// the log at start-up. Afterwards the page is a 404 for good.
/// </summary>
[EnableRateLimiting(RateLimitSetup.SignIn)]
public sealed class SetupModel(UserAccounts accounts, SetupToken setupToken, SignInManager<PortalUser> signIn, AuditLog audit) : PageModel
{
    public sealed class InputModel : NewAccountFields
    {
        [Required(ErrorMessage = "Xin nhập mã thiết lập in trong nhật ký máy chủ.")]
        [StringLength(100, ErrorMessage = "Mã thiết lập tối đa {1} ký tự.")]
        [Display(Name = "Mã thiết lập")]
        public string Token { get; set; } = "";
    }

    [BindProperty]
    public InputModel Input { get; set; } = new();

    public async Task<IActionResult> OnGetAsync() => await IsOpenAsync() ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync()
    {
        if (!await IsOpenAsync())
        {
            return NotFound();
        }
        if (!ModelState.IsValid)
        {
            return Page();
        }
        var token = Input.Token.Trim();
        if (!setupToken.TryConsume(token))
        {
            ModelState.AddModelError("Input.Token", "Mã thiết lập không đúng.");
            return Page();
        }
        var (user, result) = await accounts.CreateAsync(Input.Email, Input.DisplayName ?? "", Input.Password, [Roles.Administrator]);
        if (user is null)
        {
            setupToken.Restore(token);
            foreach (var error in result.Errors)
            {
                ModelState.AddModelError("", error.Description);
            }
            return Page();
        }
        await signIn.SignInAsync(user, isPersistent: false);
        await audit.RecordAsync(user.Email!, AuditActions.SetupCompleted, user.Email!);
        TempData["Message"] = "Đã tạo tài khoản quản trị đầu tiên. Trang thiết lập đã đóng.";
        return RedirectToPage("/Index");
    }

    private async Task<bool> IsOpenAsync()
    {
        if (!setupToken.IsIssued)
        {
            return false;
        }
        if (await accounts.AnyAsync(HttpContext.RequestAborted))
        {
            setupToken.Revoke();
            return false;
        }
        return true;
    }
}
