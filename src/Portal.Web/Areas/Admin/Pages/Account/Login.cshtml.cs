using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Portal.Web.Accounts;
using Portal.Web.Areas.Admin.Pages.Forms;
using Portal.Web.Auditing;
using Portal.Web.Hosting;

namespace Portal.Web.Areas.Admin.Pages.Account;

[EnableRateLimiting(RateLimitSetup.SignIn)]
public sealed class LoginModel(PasswordSignIn passwordSignIn, AuditLog audit, UserAccounts accounts, SetupToken setupToken) : PageModel
{
    // One answer for every refusal, a lock included: a different one would tell a stranger the address has an account.
    public const string Refusal = "Địa chỉ thư hoặc mật khẩu không đúng. Sau 5 lần nhập sai liên tiếp, tài khoản bị tạm khóa 15 phút; nếu vẫn không đăng nhập được, xin liên hệ quản trị viên.";

    public sealed class InputModel : EmailAddressFields
    {
        [Required(ErrorMessage = "Xin nhập mật khẩu.")]
        [StringLength(200, ErrorMessage = "Mật khẩu tối đa {1} ký tự.")]
        [DataType(DataType.Password)]
        [Display(Name = "Mật khẩu")]
        public string Password { get; set; } = "";
    }

    [BindProperty]
    public InputModel Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    /// <summary>No account exists yet: the page says how to make the first administrator instead of showing a form nobody can use.</summary>
    public bool NoAccountYet { get; private set; }

    /// <summary>Whether the one-time setup page is open (its token printed to the log at start-up).</summary>
    public bool SetupOpen => setupToken.IsIssued;

    public async Task<IActionResult> OnGetAsync()
    {
        if (User.Identity?.IsAuthenticated == true)
        {
            return Redirect(SafeReturnUrl);
        }
        NoAccountYet = !await accounts.AnyAsync(HttpContext.RequestAborted);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }
        var (user, result) = await passwordSignIn.SignInAsync(Input.Email, Input.Password);
        if (result.Succeeded)
        {
            await audit.RecordAsync(user!.Email!, AuditActions.SignIn);
            return Redirect(SafeReturnUrl);
        }
        // The audit log, which only administrators read, keeps the reason.
        var (action, details) = user is null ? (AuditActions.SignInFailed, "tài khoản không tồn tại")
            : result.IsLockedOut ? (AuditActions.LockedOut, "")
            : (AuditActions.SignInFailed, "sai mật khẩu");
        await audit.RecordAsync(user?.Email ?? Input.Email, action, details: details);
        ModelState.AddModelError("", Refusal);
        return Page();
    }

    // Checked to be local, then written in ASCII (a Vietnamese path percent-encoded): a header cannot carry more.
    private string SafeReturnUrl => LocalRedirects.Location(ReturnUrl, "/admin");
}
