using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Portal.Web.Agencies;
using Portal.Web.Areas.Admin.Pages.Forms;

namespace Portal.Web.Areas.Admin.Pages.Directory;

/// <summary>An agency, added or edited: every text in Vietnamese and English side by side.</summary>
public sealed class EditModel(AgencyAdmin agencies) : PageModel
{
    public const int FunctionsMaxLength = 20_000;

    public sealed class InputModel
    {
        [Display(Name = "Cơ quan cấp trên")]
        public int? ParentId { get; set; }

        [Required(ErrorMessage = "Xin nhập tên cơ quan.")]
        [StringLength(Agency.NameMaxLength, ErrorMessage = "Tên tối đa {1} ký tự.")]
        [Display(Name = "Tên (tiếng Việt)")]
        public string NameVi { get; set; } = "";

        [StringLength(Agency.NameMaxLength, ErrorMessage = "Tên tối đa {1} ký tự.")]
        [Display(Name = "Tên (tiếng Anh)")]
        public string? NameEn { get; set; }

        [StringLength(Agency.AddressMaxLength, ErrorMessage = "Địa chỉ tối đa {1} ký tự.")]
        [Display(Name = "Địa chỉ (tiếng Việt)")]
        public string? AddressVi { get; set; }

        [StringLength(Agency.AddressMaxLength, ErrorMessage = "Địa chỉ tối đa {1} ký tự.")]
        [Display(Name = "Địa chỉ (tiếng Anh)")]
        public string? AddressEn { get; set; }

        [StringLength(Agency.PhoneMaxLength, ErrorMessage = "Số điện thoại tối đa {1} ký tự.")]
        [Display(Name = "Điện thoại")]
        public string? Phone { get; set; }

        [StringLength(Agency.EmailMaxLength, ErrorMessage = "Địa chỉ thư tối đa {1} ký tự.")]
        [Display(Name = "Thư điện tử")]
        public string? Email { get; set; }

        [StringLength(Agency.WebsiteMaxLength, ErrorMessage = "Địa chỉ trang web tối đa {1} ký tự.")]
        [Display(Name = "Trang web")]
        public string? Website { get; set; }

        [StringLength(FunctionsMaxLength, ErrorMessage = "Chức năng, nhiệm vụ tối đa {1} ký tự.")]
        [Display(Name = "Chức năng, nhiệm vụ (tiếng Việt, Markdown)")]
        public string? FunctionsVi { get; set; }

        [StringLength(FunctionsMaxLength, ErrorMessage = "Chức năng, nhiệm vụ tối đa {1} ký tự.")]
        [Display(Name = "Chức năng, nhiệm vụ (tiếng Anh, Markdown)")]
        public string? FunctionsEn { get; set; }

        public AgencyFields ToFields() => new(ParentId, NameVi, NameEn ?? "", AddressVi ?? "", AddressEn ?? "", Phone ?? "", Email ?? "",
            Website ?? "", FunctionsVi ?? "", FunctionsEn ?? "");
    }

    [BindProperty]
    public InputModel Input { get; set; } = new();

    /// <summary>The agency being edited; null when a new one is being added.</summary>
    public int? Id { get; private set; }

    /// <summary>The parents that cannot make a cycle, in tree order with their depth.</summary>
    public IReadOnlyList<(Agency Agency, int Depth)> ParentChoices { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int? id, int? parentId, CancellationToken cancellationToken)
    {
        Id = id;
        ParentChoices = await agencies.ParentChoicesAsync(id, cancellationToken);
        if (id is null)
        {
            Input.ParentId = parentId;
            return Page();
        }
        if (await agencies.FindAsync(id.Value, cancellationToken) is not { } agency)
        {
            return NotFound();
        }
        Input = new InputModel
        {
            ParentId = agency.ParentId, NameVi = agency.NameVi, NameEn = agency.NameEn, AddressVi = agency.AddressVi, AddressEn = agency.AddressEn,
            Phone = agency.Phone, Email = agency.Email, Website = agency.Website, FunctionsVi = agency.FunctionsViMarkdown, FunctionsEn = agency.FunctionsEnMarkdown,
        };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int? id, CancellationToken cancellationToken)
    {
        Id = id;
        if (id is not null && await agencies.FindAsync(id.Value, cancellationToken) is null)
        {
            return NotFound();
        }
        ParentChoices = await agencies.ParentChoicesAsync(id, cancellationToken);
        if (!ModelState.IsValid)
        {
            return Page();
        }
        var userName = User.Identity!.Name ?? "";
        var result = id is null
            ? await agencies.CreateAsync(Input.ToFields(), userName, cancellationToken)
            : await agencies.UpdateAsync(id.Value, Input.ToFields(), userName, cancellationToken);
        if (this.AnswerUnsaved(result) is { } unsaved)
        {
            return unsaved;
        }
        TempData["Message"] = id is null ? $"Đã thêm cơ quan “{Input.NameVi.Trim()}”." : $"Đã lưu cơ quan “{Input.NameVi.Trim()}”.";
        return RedirectToPage("Index");
    }
}
