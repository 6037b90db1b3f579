using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Portal.Web.Participation;

namespace Portal.Web.Areas.Admin.Pages.PersonalData;

/// <summary>
/// A person's request about their data, by e-mail address: what every kind keeps of them, a copy as JSON, or its
/// erasure. The address travels in POST bodies only, never in an address a log or a history would keep.
/// </summary>
[ResponseCache(NoStore = true, Location = ResponseCacheLocation.None)]
public sealed class IndexModel(PersonalDataRequests requests) : PageModel
{
    public sealed class InputModel
    {
        [Display(Name = "Địa chỉ thư điện tử")]
        [Required(ErrorMessage = "Xin nhập địa chỉ thư điện tử của người yêu cầu.")]
        [StringLength(ParticipantEmail.MaxLength, ErrorMessage = "Địa chỉ thư điện tử dài tối đa {1} ký tự.")]
        public string? Email { get; set; }

        [Display(Name = "Tôi đã kiểm tra danh sách trên và xác nhận xóa toàn bộ dữ liệu cá nhân của địa chỉ này")]
        public bool ConfirmErase { get; set; }
    }

    [BindProperty]
    public InputModel Input { get; set; } = new();

    /// <summary>The address searched, as the kinds keep it; null before a search.</summary>
    public string? Email { get; private set; }

    public IReadOnlyList<PersonalDataGroup> Groups { get; private set; } = [];

    public int RecordCount => Groups.Sum(g => g.Records.Count);

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostFindAsync(CancellationToken cancellationToken)
    {
        if (ReadEmail() is { } email)
        {
            await FindAsync(email, cancellationToken);
        }
        return Page();
    }

    public async Task<IActionResult> OnPostExportAsync(CancellationToken cancellationToken)
    {
        if (ReadEmail() is not { } email)
        {
            return Page();
        }
        var json = await requests.ExportAsync(email, User.Identity?.Name ?? "", cancellationToken);
        return File(json, "application/json; charset=utf-8", "du-lieu-ca-nhan.json");
    }

    public async Task<IActionResult> OnPostEraseAsync(CancellationToken cancellationToken)
    {
        if (ReadEmail() is not { } email)
        {
            return Page();
        }
        if (!Input.ConfirmErase)
        {
            ModelState.AddModelError("Input.ConfirmErase", "Xin đánh dấu xác nhận trước khi xóa.");
            await FindAsync(email, cancellationToken);
            return Page();
        }
        var erased = await requests.EraseAsync(email, User.Identity?.Name ?? "", cancellationToken);
        TempData["Message"] = erased == 0 ? "Không có dữ liệu nào để xóa." : $"Đã xóa dữ liệu cá nhân của {erased} bản ghi.";
        return RedirectToPage();
    }

    private string? ReadEmail()
    {
        if (!ModelState.IsValid)
        {
            return null;
        }
        var email = ParticipantEmail.Normalize(Input.Email);
        if (email is null)
        {
            ModelState.AddModelError("Input.Email", "Địa chỉ thư điện tử không hợp lệ.");
        }
        return email;
    }

    private async Task FindAsync(string email, CancellationToken cancellationToken)
    {
        Email = email;
        Groups = await requests.FindAsync(email, cancellationToken);
    }
}
