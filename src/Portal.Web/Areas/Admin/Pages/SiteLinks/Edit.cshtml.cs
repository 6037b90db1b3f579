using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Portal.Web.Areas.Admin.Pages.Forms;
using Portal.Web.SiteLinks;

namespace Portal.Web.Areas.Admin.Pages.SiteLinks;

public sealed class EditModel(SiteLinkService siteLinks) : PageModel
{
    public sealed class InputModel
    {
        [Required(ErrorMessage = "Xin nhập tên liên kết.")]
        [StringLength(SiteLink.NameMaxLength, ErrorMessage = "Tên liên kết tối đa {1} ký tự.")]
        [Display(Name = "Tên liên kết")]
        public string Name { get; set; } = "";

        [StringLength(SiteLink.NameMaxLength, ErrorMessage = "Tên tiếng Anh tối đa {1} ký tự.")]
        [Display(Name = "Tên tiếng Anh (không bắt buộc)")]
        public string? NameEn { get; set; }

        [Required(ErrorMessage = "Xin nhập địa chỉ.")]
        [StringLength(SiteLink.UrlMaxLength, ErrorMessage = "Địa chỉ tối đa {1} ký tự.")]
        [Display(Name = "Địa chỉ")]
        public string Url { get; set; } = "";
    }

    [BindProperty]
    public InputModel Input { get; set; } = new();

    /// <summary>The link being edited; null when a new one is being added.</summary>
    public int? Id { get; private set; }

    public async Task<IActionResult> OnGetAsync(int? id, CancellationToken cancellationToken)
    {
        if (id is null)
        {
            return Page();
        }
        var link = await siteLinks.FindAsync(id.Value, cancellationToken);
        if (link is null)
        {
            return NotFound();
        }
        Id = id;
        Input = new InputModel { Name = link.Name, NameEn = link.NameEn, Url = link.Url };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int? id, CancellationToken cancellationToken)
    {
        Id = id;
        if (id is not null && await siteLinks.FindAsync(id.Value, cancellationToken) is null)
        {
            return NotFound();
        }
        // The address is checked even when the name is wrong, so every problem is shown at once.
        if (ModelState.GetFieldValidationState("Input.Url") == ModelValidationState.Valid && !SiteLinkService.IsAllowedAddress(Input.Url))
        {
            ModelState.AddModelError("Input.Url", SiteLinkService.AddressRefused);
        }
        if (!ModelState.IsValid)
        {
            return Page();
        }
        var fields = new SiteLinkFields(Input.Name, Input.Url, Input.NameEn);
        var userName = User.Identity!.Name ?? "";
        var result = id is null
            ? await siteLinks.CreateAsync(fields, userName, cancellationToken)
            : await siteLinks.UpdateAsync(id.Value, fields, userName, cancellationToken);
        if (this.AnswerUnsaved(result) is { } unsaved)
        {
            return unsaved;
        }
        TempData["Message"] = id is null ? $"Đã thêm liên kết “{Input.Name.Trim()}”." : $"Đã lưu liên kết “{Input.Name.Trim()}”.";
        return RedirectToPage("Index");
    }
}
