using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Portal.Web.Accounts;
using Portal.Web.Areas.Admin.Pages.Forms;

namespace Portal.Web.Areas.Admin.Pages.Users;

public sealed class CreateModel(UserAdministration administration) : PageModel
{
    public sealed class InputModel : NewAccountFields
    {
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
