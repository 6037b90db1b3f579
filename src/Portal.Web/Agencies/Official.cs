using Portal.Web.Editing;
using Portal.Web.Media;

namespace Portal.Web.Agencies;

/// <summary>
/// An official of an agency, in display order: name, title in both languages, contacts and a photo from the photo
/// library. The leaders' work schedule names its leaders from here.
/// </summary>
public class Official : IHandOrdered
{
    public const int NameMaxLength = 200;
    public const int TitleMaxLength = 300;

    public int Id { get; set; }

    public int AgencyId { get; set; }
    public Agency? Agency { get; set; }

    /// <summary>Among the officials of the same agency.</summary>
    public int SortOrder { get; set; }

    /// <summary>A person's name is the same in both languages.</summary>
    public required string Name { get; set; }
    public required string TitleVi { get; set; }
    public string TitleEn { get; set; } = "";
    public string Phone { get; set; } = "";
    public string Email { get; set; } = "";

    public int? PhotoId { get; set; }
    public Photo? Photo { get; set; }

    /// <summary>Name and titles folded (<c>VietnameseText.Fold</c>), for the directory's search without diacritics.</summary>
    public string SearchText { get; set; } = "";

    public DateTime UpdatedAt { get; set; }

    public static string SearchTextOf(string name, string titleVi, string titleEn) =>
        Localization.VietnameseText.Fold($"{name} {titleVi} {titleEn}".Trim());
    public string UpdatedBy { get; set; } = "";
}
