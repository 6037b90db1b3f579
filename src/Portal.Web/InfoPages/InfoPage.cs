namespace Portal.Web.InfoPages;

/// <summary>
/// A page about the agency (introduction, organisation, contact), in Vietnamese and in English: the law asks
/// for English text of the organisation chart and the contact list (Nghị định 42/2022/NĐ-CP, Điều 7.2).
/// </summary>
public class InfoPage
{
    public const int TitleMaxLength = 200;

    public int Id { get; set; }
    public required string Slug { get; set; }
    public int SortOrder { get; set; }

    public required string TitleVi { get; set; }
    public string BodyViMarkdown { get; set; } = "";
    public string BodyViHtml { get; set; } = "";

    public string TitleEn { get; set; } = "";
    public string BodyEnMarkdown { get; set; } = "";
    public string BodyEnHtml { get; set; } = "";

    public DateTime UpdatedAt { get; set; }
    public string UpdatedBy { get; set; } = "";

    public bool HasEnglish => TitleEn.Length > 0 && BodyEnMarkdown.Length > 0;
}
