using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Portal.Web.Accounts;
using Portal.Web.Areas.Admin.Pages.Forms;
using Portal.Web.Hosting;

namespace Portal.Web.Areas.Admin.Pages.Account;

/// <summary>
/// The page the e-mailed link opens: a new password typed twice, or, for a link that cannot be used, why and a way
/// to ask again. It signs nobody in: the person signs in with the new password, so a lock still holds.
/// </summary>
[EnableRateLimiting(RateLimitSetup.SignIn)]
public sealed class ResetModel(PasswordResets resets) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Id { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Token { get; set; }

    [BindProperty]
    public NewPasswordFields Input { get; set; } = new();

    /// <summary>Why the link cannot be used, or null while it can.</summary>
    public string? Problem { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        Problem = Explain(await resets.CheckAsync(Id, Token));
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
        {
            Problem = Explain(await resets.CheckAsync(Id, Token));
            return Page();
        }
        var (outcome, problems) = await resets.ResetAsync(Id, Token, Input.NewPassword);
        if (outcome == PasswordResetOutcome.Done)
        {
            TempData["Message"] = "Đã đặt mật khẩu mới. Xin đăng nhập bằng mật khẩu đó.";
            return RedirectToPage("Login");
        }
        foreach (var problem in problems)
        {
            ModelState.AddModelError("Input.NewPassword", problem);
        }
        Problem = Explain(outcome);
        return Page();
    }

    private static string? Explain(PasswordResetOutcome outcome) => outcome switch
    {
        PasswordResetOutcome.Expired => "Liên kết đặt lại mật khẩu này đã hết hạn: mỗi liên kết chỉ dùng được trong 30 phút.",
        PasswordResetOutcome.Refused => "Liên kết đặt lại mật khẩu này không dùng được: nó đã được dùng rồi, hoặc bị chép thiếu hay sai.",
        PasswordResetOutcome.Locked => "Tài khoản này đang bị khóa nên không đặt lại mật khẩu được. Xin liên hệ quản trị viên.",
        _ => null,
    };
}
