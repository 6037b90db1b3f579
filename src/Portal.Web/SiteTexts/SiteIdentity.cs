using Portal.Web.Hosting;
using Portal.Web.Localization;

namespace Portal.Web.SiteTexts;

/// <summary>Who publishes the portal, in the reader's language: the English texts, else the Vietnamese ones, marked.</summary>
public sealed record SiteIdentity(SiteOptions Vietnamese, SiteEnglishTexts English)
{
    public LocalizedText Name => Bilingual.Pick(Vietnamese.Name, English.Name);
    public LocalizedText Owner => Bilingual.Pick(Vietnamese.Owner, English.Owner);
    public LocalizedText Address => Bilingual.Pick(Vietnamese.Address, English.Address);
    public LocalizedText EditorInCharge => Bilingual.Pick(Vietnamese.EditorInCharge, English.EditorInCharge);
}
