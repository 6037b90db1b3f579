namespace Portal.Web.SiteTexts;

/// <summary>
/// The site's own texts in English (name, owner, address, editor in charge), kept by administrators: one row, id 1.
/// The Vietnamese ones are the operator's (<c>Portal:Site</c>). An empty text shows the Vietnamese one, marked.
/// </summary>
public class SiteTranslation
{
    public const int SingleId = 1;
    public const int TextMaxLength = 200;
    public const int AddressMaxLength = 300;

    public int Id { get; set; } = SingleId;
    public string Name { get; set; } = "";
    public string Owner { get; set; } = "";
    public string Address { get; set; } = "";
    public string EditorInCharge { get; set; } = "";
    public DateTime UpdatedAt { get; set; }
    public string UpdatedBy { get; set; } = "";
}
