using System.Text;
using Portal.Web.Articles;
using Portal.Web.Media;

namespace Portal.Web.Agencies;

/// <summary>A downloadable vCard: its bytes and its file name (ASCII, and the UTF-8 one for <c>filename*</c>).</summary>
public sealed record CardFile(byte[] Content, string AsciiName, string Utf8Name)
{
    /// <summary><c>attachment; filename="…"; filename*=UTF-8''…</c> (RFC 6266).</summary>
    public string ContentDisposition => $"attachment; filename=\"{AsciiName}\"; filename*=UTF-8''{Uri.EscapeDataString(Utf8Name)}";
}

/// <summary>The directory's vCards: an agency's (<c>KIND:org</c>) and an official's, in Vietnamese.</summary>
public static class DirectoryCards
{
    /// <summary>The agency's card; <c>absolute</c> makes a path absolute (the agency's page, the photo).</summary>
    public static CardFile Agency(Agency agency, Func<string, string> absolute)
    {
        var card = new VCard()
            .Raw("KIND", "org")
            .Text("FN", agency.NameVi)
            .Text("ORG", agency.NameVi)
            .Raw("TEL;VALUE=uri;TYPE=work", TelUri(agency.Phone))
            .Text("EMAIL;TYPE=work", agency.Email)
            .Structured("ADR;TYPE=work", "", "", agency.AddressVi, "", "", "", "Việt Nam")
            .Raw("URL", agency.Website.Length > 0 ? agency.Website : absolute(Feeds.PublicUrls.AgencyPath(agency.Slug)))
            .Raw("SOURCE", absolute(Feeds.PublicUrls.AgencyCardPath(agency.Slug)));
        return File(card, agency.Slug, agency.NameVi);
    }

    public static CardFile Official(Official official, Func<string, string> absolute)
    {
        var agency = official.Agency!;
        var card = new VCard()
            .Raw("KIND", "individual")
            .Text("FN", official.Name)
            .Structured("N", VCard.NameParts(official.Name))
            .Text("TITLE", official.TitleVi)
            .Text("ORG", agency.NameVi)
            .Raw("TEL;VALUE=uri;TYPE=work", TelUri(official.Phone))
            .Text("EMAIL;TYPE=work", official.Email)
            .Raw("PHOTO", PhotoPath(official.Photo) is { } photo ? absolute(photo) : null)
            .Raw("URL", absolute(Feeds.PublicUrls.OfficialPath(agency.Slug, official.Id)))
            .Raw("SOURCE", absolute(Feeds.PublicUrls.OfficialCardPath(official.Id)));
        return File(card, SlugGenerator.FromTitle(official.Name) is { Length: > 0 } slug ? slug : $"can-bo-{official.Id}", official.Name);
    }

    /// <summary>The photo's middle-sized JPEG, as the pages' <c>img src</c> takes it; null without a photo.</summary>
    public static string? PhotoPath(Photo? photo) =>
        photo?.Variants.Where(v => v.Format == PhotoVariant.Jpeg).OrderBy(v => v.Width).ToList() is { Count: > 0 } jpeg
            ? PhotoUrls.Variant(jpeg[(jpeg.Count - 1) / 2]) : null;

    /// <summary>A <c>tel:</c> URI of the digits (and a leading +); null without any.</summary>
    public static string? TelUri(string phone)
    {
        var digits = new StringBuilder();
        foreach (var c in phone.Trim())
        {
            if (char.IsAsciiDigit(c) || c == '+' && digits.Length == 0)
            {
                digits.Append(c);
            }
        }
        return digits.Length == 0 ? null : "tel:" + digits;
    }

    private static CardFile File(VCard card, string asciiName, string name)
    {
        var safe = new string(name.Where(c => !char.IsControl(c) && c is not ('"' or '\\' or '/')).ToArray()).Trim();
        return new CardFile(card.ToBytes(), asciiName + ".vcf", (safe.Length > 0 ? safe : asciiName) + ".vcf");
    }
}
