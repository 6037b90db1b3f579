using Portal.Web.Editing;

namespace Portal.Web.LegalDocuments;

/// <summary>
/// The lists administrators keep for legal documents: types (Quyết định, Chỉ thị…), issuers (UBND tỉnh, HĐND tỉnh, a
/// department…) and fields (Đất đai, Giáo dục…). Each is a name in an order the administrators set.
/// </summary>
public abstract class DocumentListItem : IHandOrdered
{
    public const int NameMaxLength = 200;

    public int Id { get; set; }
    public required string Name { get; set; }

    /// <summary>Its place in the list's order (filters, the newsroom's choices).</summary>
    public int SortOrder { get; set; }
}

/// <summary>Loại văn bản: Quyết định, Chỉ thị, Nghị quyết, Kế hoạch, Thông báo, Công văn, Báo cáo…</summary>
public class DocumentType : DocumentListItem
{
    /// <summary>The type's abbreviation in numbers and symbols: QĐ, CT, NQ, KH, TB, CV, BC.</summary>
    public string Abbreviation { get; set; } = "";
}

/// <summary>Cơ quan ban hành. Its slug names its feed (<c>/van-ban/co-quan/{slug}/feed.xml</c>).</summary>
public class DocumentIssuer : DocumentListItem
{
    public required string Slug { get; set; }
}

/// <summary>Lĩnh vực.</summary>
public class DocumentField : DocumentListItem
{
}
