using System.ComponentModel.DataAnnotations;
using System.Globalization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Portal.Web.Accounts;
using Portal.Web.Areas.Admin.Pages.Forms;
using Portal.Web.Mail;

namespace Portal.Web.Areas.Admin.Pages.Users;

/// <summary>
/// One account, with four forms: name and roles, the lock, a new password, the newsroom's e-mails. Each form posts its own fields
/// and only those are validated.
/// </summary>
public sealed class EditModel(UserAdministration administration, SignInManager<PortalUser> signIn, NotificationPreference notifications) : PageModel
{
    public sealed class InputModel
    {
        [StringLength(PortalUser.DisplayNameMaxLength, ErrorMessage = "Tên hiển thị tối đa {1} ký tự.")]
        [Display(Name = "Tên hiển thị")]
        public string? DisplayName { get; set; }

        [Display(Name = "Vai trò")]
        public List<string> Roles { get; set; } = [];
    }

    public sealed class LockInputModel
    {
        [DataType(DataType.Date)]
        [Display(Name = "Khóa đến hết ngày")]
        public DateOnly? LastDay { get; set; }
    }

    public sealed class PasswordInputModel : NewPasswordFields;

    public sealed class NotificationsInputModel
    {
        [Display(Name = "Nhận thư thông báo của phòng biên tập")]
        public bool Email { get; set; }
    }

    [BindProperty]
    public InputModel Input { get; set; } = new();

    [BindProperty]
    public LockInputModel Lock { get; set; } = new();

    [BindProperty]
    public PasswordInputModel Password { get; set; } = new();

    [BindProperty]
    public NotificationsInputModel Notifications { get; set; } = new();

    public UserSummary Account { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string id)
    {
        var user = await administration.FindAsync(id);
        if (user is null)
        {
            return NotFound();
        }
        return await ShowAsync(user, keepInput: false);
    }

    public Task<IActionResult> OnPostAsync(string id) =>
        ChangeAsync(id, nameof(Input), user => administration.ChangeProfileAsync(User, user, Input.DisplayName, Input.Roles),
            "Đã lưu tên và vai trò của {0}.");

    public Task<IActionResult> OnPostLockAsync(string id) =>
        ChangeAsync(id, nameof(Lock), user => administration.LockAsync(User, user, Lock.LastDay), "Đã khóa tài khoản {0}.");

    public Task<IActionResult> OnPostUnlockAsync(string id) =>
        ChangeAsync(id, nameof(Lock), user => administration.UnlockAsync(User, user), "Đã mở khóa tài khoản {0}.");

    public Task<IActionResult> OnPostPasswordAsync(string id) =>
        ChangeAsync(id, nameof(Password), user => administration.ResetPasswordAsync(User, user, Password.NewPassword),
            "Đã đặt mật khẩu mới cho {0}; các phiên đăng nhập khác của tài khoản này sẽ kết thúc.");

    public Task<IActionResult> OnPostNotificationsAsync(string id) =>
        ChangeAsync(id, nameof(Notifications), user => notifications.SetAsync(user, Notifications.Email, User.Identity?.Name ?? ""),
            "Đã lưu cài đặt thư thông báo của {0}.");

    private async Task<IActionResult> ChangeAsync(string id, string form, Func<PortalUser, Task<IdentityResult>> change, string done)
    {
        var user = await administration.FindAsync(id);
        if (user is null)
        {
            return NotFound();
        }
        if (PostedFormIsValid(form))
        {
            var result = await change(user);
            if (result.Succeeded)
            {
                // The change renewed the stamp; an administrator editing their own account keeps this session.
                if (administration.IsSelf(User, user))
                {
                    await signIn.RefreshSignInAsync(user);
                }
                TempData["Message"] = string.Format(CultureInfo.InvariantCulture, done, user.Email);
                return RedirectToPage(new { id });
            }
            foreach (var error in result.Errors)
            {
                ModelState.AddModelError("", error.Description);
            }
            // A failed change was rolled back: show the account as stored.
            user = await administration.FindAsync(id);
            if (user is null)
            {
                return NotFound();
            }
        }
        return await ShowAsync(user, keepInput: form == nameof(Input));
    }

    /// <summary>Every form of the page is bound on every post; the ones not posted are dropped from the model state.</summary>
    private bool PostedFormIsValid(string form)
    {
        foreach (var key in ModelState.Keys.Where(k => !k.StartsWith(form + ".", StringComparison.Ordinal)).ToList())
        {
            ModelState.Remove(key);
        }
        return ModelState.IsValid;
    }

    private async Task<PageResult> ShowAsync(PortalUser user, bool keepInput)
    {
        Account = await administration.SummarizeAsync(user);
        if (!keepInput)
        {
            Input = new InputModel { DisplayName = Account.DisplayName, Roles = [.. Account.Roles] };
        }
        Notifications = new NotificationsInputModel { Email = user.EmailNotifications };
        return Page();
    }
}
