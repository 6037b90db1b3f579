using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Portal.Web.Agencies;
using Portal.Web.Areas.Admin.Pages.Forms;
using Portal.Web.Media;

namespace Portal.Web.Areas.Admin.Pages.Directory;

/// <summary>An official, added or edited: the agency (to move them), name, titles side by side, contacts, a library photo.</summary>
public sealed class OfficialModel(OfficialAdmin officials, AgencyAdmin agencies, PhotoLibrary photos) : PageModel
{
    public const int PhotoChoiceCount = 60;

    public sealed class InputModel
    {
        [Required(ErrorMessage = "Xin chọn cơ quan.")]
        [Display(Name = "Cơ quan")]
        public int? AgencyId { get; set; }

        [Required(ErrorMessage = "Xin nhập họ và tên.")]
        [StringLength(Official.NameMaxLength, ErrorMessage = "Họ và tên tối đa {1} ký tự.")]
        [Display(Name = "Họ và tên")]
        public string Name { get; set; } = "";

        [Required(ErrorMessage = "Xin nhập chức vụ.")]
        [StringLength(Official.TitleMaxLength, ErrorMessage = "Chức vụ tối đa {1} ký tự.")]
        [Display(Name = "Chức vụ (tiếng Việt)")]
        public string TitleVi { get; set; } = "";

        [StringLength(Official.TitleMaxLength, ErrorMessage = "Chức vụ tối đa {1} ký tự.")]
        [Display(Name = "Chức vụ (tiếng Anh)")]
        public string? TitleEn { get; set; }

        [StringLength(Agency.PhoneMaxLength, ErrorMessage = "Số điện thoại tối đa {1} ký tự.")]
        [Display(Name = "Điện thoại")]
        public string? Phone { get; set; }

        [StringLength(Agency.EmailMaxLength, ErrorMessage = "Địa chỉ thư tối đa {1} ký tự.")]
        [Display(Name = "Thư điện tử")]
        public string? Email { get; set; }

        [Display(Name = "Ảnh (từ thư viện ảnh)")]
        public int? PhotoId { get; set; }
    }

    [BindProperty]
    public InputModel Input { get; set; } = new();

    /// <summary>The official being edited; null when a new one is being added.</summary>
    public int? Id { get; private set; }

    public IReadOnlyList<(Agency Agency, int Depth)> AgencyChoices { get; private set; } = [];

    /// <summary>The newest photos of the library, and the chosen one if it is older.</summary>
    public IReadOnlyList<Photo> PhotoChoices { get; private set; } = [];

    public Photo? Chosen { get; private set; }

    public async Task<IActionResult> OnGetAsync(int? id, int? agencyId, CancellationToken cancellationToken)
    {
        Id = id;
        if (id is null)
        {
            Input.AgencyId = agencyId;
        }
        else if (await officials.FindAsync(id.Value, cancellationToken) is { } official)
        {
            Input = new InputModel
            {
                AgencyId = official.AgencyId, Name = official.Name, TitleVi = official.TitleVi, TitleEn = official.TitleEn,
                Phone = official.Phone, Email = official.Email, PhotoId = official.PhotoId,
            };
        }
        else
        {
            return NotFound();
        }
        await LoadChoicesAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int? id, CancellationToken cancellationToken)
    {
        Id = id;
        if (id is not null && await officials.FindAsync(id.Value, cancellationToken) is null)
        {
            return NotFound();
        }
        await LoadChoicesAsync(cancellationToken);
        if (!ModelState.IsValid)
        {
            return Page();
        }
        var fields = new OfficialFields(Input.AgencyId!.Value, Input.Name, Input.TitleVi, Input.TitleEn ?? "", Input.Phone ?? "", Input.Email ?? "", Input.PhotoId);
        var userName = User.Identity!.Name ?? "";
        var result = id is null ? await officials.CreateAsync(fields, userName, cancellationToken) : await officials.UpdateAsync(id.Value, fields, userName, cancellationToken);
        if (this.AnswerUnsaved(result) is { } unsaved)
        {
            return unsaved;
        }
        TempData["Message"] = id is null ? $"Đã thêm cán bộ “{Input.Name.Trim()}”." : $"Đã lưu cán bộ “{Input.Name.Trim()}”.";
        return RedirectToPage("Officials", new { agencyId = Input.AgencyId });
    }

    private async Task LoadChoicesAsync(CancellationToken cancellationToken)
    {
        AgencyChoices = await agencies.ParentChoicesAsync(null, cancellationToken);
        var choices = (await photos.SearchAsync(null, 1, PhotoChoiceCount)).Items.Select(i => i.Photo).ToList();
        Chosen = Input.PhotoId is { } photoId ? choices.FirstOrDefault(p => p.Id == photoId) ?? await photos.FindAsync(photoId) : null;
        if (Chosen is not null && choices.All(p => p.Id != Chosen.Id))
        {
            choices.Insert(0, Chosen);
        }
        PhotoChoices = choices;
    }
}
