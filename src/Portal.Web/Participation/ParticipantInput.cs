using System.ComponentModel.DataAnnotations;

namespace Portal.Web.Participation;

/// <summary>
/// Who writes a comment or a question, as the form sends it: the fields both forms share, with their Vietnamese
/// messages, the consent (Nghị định 13/2023/NĐ-CP) and the two traps for scripts (<see cref="ParticipationGuard"/>).
/// </summary>
public sealed class ParticipantInput
{
    public const int NameMaxLength = 100;
    public const int PhoneMaxLength = 20;
    public const int OrganisationMaxLength = 200;

    [Display(Name = "Họ và tên")]
    [Required(ErrorMessage = "Vui lòng nhập họ và tên.")]
    [StringLength(NameMaxLength, ErrorMessage = "Họ và tên dài tối đa {1} ký tự.")]
    public string? Name { get; set; }

    [Display(Name = "Thư điện tử")]
    [Required(ErrorMessage = "Vui lòng nhập địa chỉ thư điện tử để xác nhận.")]
    [StringLength(ParticipantEmail.MaxLength, ErrorMessage = "Địa chỉ thư điện tử dài tối đa {1} ký tự.")]
    public string? Email { get; set; }

    [Display(Name = "Số điện thoại")]
    [StringLength(PhoneMaxLength, ErrorMessage = "Số điện thoại dài tối đa {1} ký tự.")]
    public string? Phone { get; set; }

    [Display(Name = "Cơ quan, tổ chức")]
    [StringLength(OrganisationMaxLength, ErrorMessage = "Tên cơ quan, tổ chức dài tối đa {1} ký tự.")]
    public string? Organisation { get; set; }

    /// <summary>Whether the name may be shown with the published text, and kept with it after the data is erased.</summary>
    [Display(Name = "Hiển thị họ tên của tôi cùng nội dung được đăng")]
    public bool ShowName { get; set; } = true;

    /// <summary>The consent to the processing of personal data; nothing is kept without it.</summary>
    [Display(Name = "Tôi đồng ý để cơ quan xử lý dữ liệu cá nhân của tôi như mô tả ở trên")]
    public bool Consent { get; set; }

    /// <summary>The honeypot: hidden from people (and from assistive technology), filled by scripts.</summary>
    public string? Website { get; set; }

    /// <summary>When the form was shown, protected so it cannot be forged: a form sent too fast is a script's.</summary>
    public string? Stamp { get; set; }
}
