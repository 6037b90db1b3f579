using Portal.Web.Editing;

namespace Portal.Web.SiteLinks;

public class SiteLink : IHandOrdered
{
    public const int NameMaxLength = 200;
    public const int UrlMaxLength = 500;

    public int Id { get; set; }
    public required string Name { get; set; }

    /// <summary>The English name, or empty: English readers then see the Vietnamese one, marked.</summary>
    public string NameEn { get; set; } = "";

    public required string Url { get; set; }
    public int SortOrder { get; set; }
}
