using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Portal.Web.Accounts;
using Portal.Web.Areas.Admin.Pages.Forms;
using Portal.Web.Hosting;

namespace Portal.Web.Areas.Admin.Pages.Account;

/// <summary>Asks for the address and gives one answer, whether or not it has an account; rate-limited like sign-in.</summary>
[EnableRateLimiting(RateLimitSetup.SignIn)]
public sealed class ForgotModel(PasswordResets resets) : PageModel
{
    public const string Answer = "Nếu địa chỉ này có tài khoản, một thư hướng dẫn đã được gửi tới đó. Liên kết trong thư dùng được một lần, trong 30 phút. Nếu không thấy thư sau vài phút, xin xem cả thư mục thư rác.";

    [BindProperty]
    public EmailAddressFields Input { get; set; } = new();

    public bool Sent { get; private set; }

    public IActionResult OnGet() => User.Identity?.IsAuthenticated == true ? LocalRedirect("/admin/account/password") : Page();

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }
        await resets.RequestAsync(Input.Email, HttpContext.RequestAborted);
        Sent = true;
        return Page();
    }
}
