using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;
using Portal.Web.Accounts;
using Portal.Web.Areas.Admin.Pages.Forms;
using Portal.Web.Hosting;
using Portal.Web.SiteTexts;

namespace Portal.Web.Areas.Admin.Pages.Site;

/// <summary>The site's name, owner, address and editor in charge in English: administrators only.</summary>
[Authorize(Policy = Policies.Administrator)]
public sealed class IndexModel(SiteTranslationService texts, IOptions<SiteOptions> site) : PageModel
{
    public sealed class InputModel
    {
        [StringLength(SiteTranslation.TextMaxLength, ErrorMessage = "Tên cổng tiếng Anh tối đa {1} ký tự.")]
        [Display(Name = "Tên cổng (tiếng Anh)")]
        public string? Name { get; set; }

        [StringLength(SiteTranslation.TextMaxLength, ErrorMessage = "Tên cơ quan chủ quản tiếng Anh tối đa {1} ký tự.")]
        [Display(Name = "Cơ quan chủ quản (tiếng Anh)")]
        public string? Owner { get; set; }

        [StringLength(SiteTranslation.AddressMaxLength, ErrorMessage = "Địa chỉ tiếng Anh tối đa {1} ký tự.")]
        [Display(Name = "Địa chỉ (tiếng Anh)")]
        public string? Address { get; set; }

        [StringLength(SiteTranslation.TextMaxLength, ErrorMessage = "Người chịu trách nhiệm chính (tiếng Anh) tối đa {1} ký tự.")]
        [Display(Name = "Chịu trách nhiệm chính (tiếng Anh)")]
        public string? EditorInCharge { get; set; }
    }

    [BindProperty]
    public InputModel Input { get; set; } = new();

    /// <summary>The Vietnamese texts (the operator's, <c>Portal:Site</c>), shown beside each field.</summary>
    public SiteOptions Vietnamese => site.Value;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var current = await texts.CurrentAsync(cancellationToken);
        Input = new InputModel { Name = current.Name, Owner = current.Owner, Address = current.Address, EditorInCharge = current.EditorInCharge };
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }
        var result = await texts.SaveAsync(new SiteEnglishTexts(Input.Name ?? "", Input.Owner ?? "", Input.Address ?? "", Input.EditorInCharge ?? ""),
            User.Identity!.Name ?? "", cancellationToken);
        if (this.AnswerUnsaved(result) is { } unsaved)
        {
            return unsaved;
        }
        TempData["Message"] = "Đã lưu thông tin cổng bằng tiếng Anh.";
        return RedirectToPage();
    }
}
