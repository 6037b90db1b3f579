using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Portal.Web.Accounts;
using Portal.Web.Auditing;
using Portal.Web.Hosting;

namespace Portal.Web.Areas.Admin.Pages.Account;

[EnableRateLimiting(RateLimitSetup.SignIn)]
public sealed class LoginModel(PasswordSignIn passwordSignIn, AuditLog audit) : PageModel
{
    // One answer for every refusal, a lock included: a different one would tell a stranger the address has an account.
    public const string Refusal = "Địa chỉ thư hoặc mật khẩu không đúng. Sau 5 lần nhập sai liên tiếp, tài khoản bị tạm khóa 15 phút; nếu vẫn không đăng nhập được, xin liên hệ quản trị viên.";

    public sealed class InputModel
    {
        [Required(ErrorMessage = "Xin nhập địa chỉ thư.")]
        [EmailAddress(ErrorMessage = "Địa chỉ thư không hợp lệ.")]
        [StringLength(256, ErrorMessage = "Địa chỉ thư tối đa {1} ký tự.")]
        [Display(Name = "Địa chỉ thư")]
        public string Email { get; set; } = "";

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

    public IActionResult OnGet() => User.Identity?.IsAuthenticated == true ? Redirect(SafeReturnUrl) : Page();

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
