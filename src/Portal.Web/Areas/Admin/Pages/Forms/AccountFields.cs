using System.ComponentModel.DataAnnotations;
using Portal.Web.Accounts;

namespace Portal.Web.Areas.Admin.Pages.Forms;

/// <summary>A new password typed twice: the change-password form and the administrator's reset.</summary>
public class NewPasswordFields
{
    [Required(ErrorMessage = "Xin nhập mật khẩu mới.")]
    [StringLength(200, MinimumLength = 10, ErrorMessage = "Mật khẩu mới phải có từ 10 đến 200 ký tự.")]
    [DataType(DataType.Password)]
    [Display(Name = "Mật khẩu mới")]
    public string NewPassword { get; set; } = "";

    [Required(ErrorMessage = "Xin nhập lại mật khẩu mới.")]
    [Compare(nameof(NewPassword), ErrorMessage = "Hai lần nhập mật khẩu mới không khớp.")]
    [DataType(DataType.Password)]
    [Display(Name = "Nhập lại mật khẩu mới")]
    public string ConfirmPassword { get; set; } = "";
}

/// <summary>An account's address as a person types it: sign-in, a forgotten password, a new account.</summary>
public class EmailAddressFields
{
    [Required(ErrorMessage = "Xin nhập địa chỉ thư.")]
    [EmailAddress(ErrorMessage = "Địa chỉ thư không hợp lệ.")]
    [StringLength(256, ErrorMessage = "Địa chỉ thư tối đa {1} ký tự.")]
    [Display(Name = "Địa chỉ thư")]
    public string Email { get; set; } = "";
}

/// <summary>A new account's address, name and password: the setup page and the administrator's users page.</summary>
public class NewAccountFields : EmailAddressFields
{
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
}
