namespace Portal.Web.Agencies;

/// <summary>
/// An agency of the directory ("Cơ cấu tổ chức"): the People's Committee, its departments and their units, a tree
/// by <see cref="ParentId"/>, each with its contacts and functions in Vietnamese and English (Nghị định
/// 42/2022/NĐ-CP, Điều 4 and Điều 7 khoản 2). An English text left empty falls back to the Vietnamese one.
/// </summary>
public class Agency
{
    public const int NameMaxLength = 300;
    public const int AddressMaxLength = 500;
    public const int PhoneMaxLength = 50;
    public const int EmailMaxLength = 256;
    public const int WebsiteMaxLength = 500;

    public int Id { get; set; }

    /// <summary>The agency above this one; none for the root (the People's Committee).</summary>
    public int? ParentId { get; set; }
    public Agency? Parent { get; set; }

    /// <summary>From the Vietnamese name, unique: the agency's address in both languages.</summary>
    public required string Slug { get; set; }

    /// <summary>Among the agencies of the same parent.</summary>
    public int SortOrder { get; set; }

    public required string NameVi { get; set; }
    public string NameEn { get; set; } = "";
    public string AddressVi { get; set; } = "";
    public string AddressEn { get; set; } = "";
    public string Phone { get; set; } = "";
    public string Email { get; set; } = "";
    public string Website { get; set; } = "";

    public string FunctionsViMarkdown { get; set; } = "";
    public string FunctionsViHtml { get; set; } = "";
    public string FunctionsEnMarkdown { get; set; } = "";
    public string FunctionsEnHtml { get; set; } = "";

    /// <summary>Both names folded (<c>VietnameseText.Fold</c>), for the directory's search without diacritics.</summary>
    public string SearchText { get; set; } = "";

    public DateTime UpdatedAt { get; set; }
    public string UpdatedBy { get; set; } = "";

    public static string SearchTextOf(string nameVi, string nameEn) =>
        Localization.VietnameseText.Fold($"{nameVi} {nameEn}".Trim());

    public List<Official> Officials { get; set; } = [];
}
