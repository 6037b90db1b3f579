using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Portal.Web.Accounts;

namespace Portal.Web.Areas.Admin.Pages.Users;

public sealed class CreateModel(UserAdministration administration) : PageModel
{
    public sealed class InputModel
    {
        [Required(ErrorMessage = "Xin nhập địa chỉ thư.")]
        [EmailAddress(ErrorMessage = "Địa chỉ thư không hợp lệ.")]
        [StringLength(256, ErrorMessage = "Địa chỉ thư tối đa {1} ký tự.")]
        [Display(Name = "Địa chỉ thư")]
        public string Email { get; set; } = "";

        [StringLength(PortalUser.DisplayNameMaxLength, ErrorMessage = "Tên hiển thị tối đa {1} ký tự.")]
        [Display(Name = "Tên hiển thị")]
        public string? DisplayName { get; set; }

        [Required(ErrorMessage = "Xin nhập mật khẩu.")]
        [StringLength(200, MinimumLength = 10, ErrorMessage = "Mật khẩu phải có từ 10 đến 200 ký tự.")]
        [DataType(DataType.Password)]
        [Display(Name = "Mật khẩu")]
        public string Password { get; set; } = "";

        [Required(ErrorMessage = "Xin nhập lại mật khẩu.")]
        [Compare(nameof(Password), ErrorMessage = "Hai lần nhập mật khẩu không khớp.")]
        [DataType(DataType.Password)]
        [Display(Name = "Nhập lại mật khẩu")]
        public string ConfirmPassword { get; set; } = "";

        [MinLength(1, ErrorMessage = "Xin chọn ít nhất một vai trò.")]
        [Display(Name = "Vai trò")]
        public List<string> Roles { get; set; } = [];
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
        var result = await administration.CreateAsync(User, Input.Email, Input.DisplayName, Input.Password, Input.Roles);
        if (!result.Succeeded)
        {
            foreach (var error in result.Errors)
            {
                ModelState.AddModelError("", error.Description);
            }
            return Page();
        }
        TempData["Message"] = $"Đã tạo tài khoản {Input.Email.Trim()}.";
        return RedirectToPage("Index");
    }
}
