using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Portal.Web.Accounts;
using Portal.Web.Auditing;
using Portal.Web.Hosting;

namespace Portal.Web.Areas.Admin.Pages.Account;

[EnableRateLimiting(RateLimitSetup.SignIn)]
public sealed class LoginModel(SignInManager<PortalUser> signIn, UserManager<PortalUser> users, IPasswordHasher<PortalUser> hasher, AuditLog audit) : PageModel
{
    // Verified against when the address is unknown, so an unknown user costs the same time as a wrong password.
    private static readonly string DummyHash = new PasswordHasher<PortalUser>().HashPassword(new PortalUser(), Guid.NewGuid().ToString());

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
        var user = await users.FindByEmailAsync(Input.Email);
        if (user is null)
        {
            hasher.VerifyHashedPassword(new PortalUser(), DummyHash, Input.Password);
            await audit.RecordAsync(Input.Email, AuditActions.SignInFailed, details: "tài khoản không tồn tại");
            return Refused();
        }

        var result = await signIn.PasswordSignInAsync(user, Input.Password, isPersistent: false, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            await audit.RecordAsync(user.Email!, AuditActions.SignIn);
            return Redirect(SafeReturnUrl);
        }
        if (result.IsLockedOut)
        {
            await audit.RecordAsync(user.Email!, AuditActions.LockedOut);
            // Locked by too many failures, or by an administrator: the message fits both.
            ModelState.AddModelError("", "Tài khoản đang bị khóa. Nếu bạn vừa đăng nhập sai nhiều lần, xin thử lại sau 15 phút; nếu không, xin liên hệ quản trị viên.");
            return Page();
        }
        await audit.RecordAsync(user.Email!, AuditActions.SignInFailed, details: "sai mật khẩu");
        return Refused();
    }

    private string SafeReturnUrl => LocalRedirects.Location(ReturnUrl, "/admin");

    private PageResult Refused()
    {
        ModelState.AddModelError("", "Địa chỉ thư hoặc mật khẩu không đúng.");
        return Page();
    }
}
