using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using Portal.Web.Feeds;
using Portal.Web.Localization;

namespace Portal.Web.Agencies;

/// <summary>
/// schema.org <c>GovernmentOrganization</c> for an agency's page, in the page's language: its contacts, its parent and
/// units, a <c>ContactPoint</c>, and its officials as <c>employee</c> (<c>Person</c>).
/// </summary>
public static class DirectoryJsonLd
{
    // Vietnamese letters stay readable; <, > and & are still escaped, so no text can close the script element.
    private static readonly JsonSerializerOptions Options = new() { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };

    public static string For(AgencyPage page, bool english, Func<string, string> absolute)
    {
        var agency = page.Agency;
        string Text(string vi, string en) => Bilingual.Pick(vi, en, english).Text;
        Dictionary<string, object?> Reference(Agency other) => new()
        {
            ["@type"] = "GovernmentOrganization",
            ["name"] = Text(other.NameVi, other.NameEn),
            ["url"] = absolute(PublicUrls.AgencyPath(other.Slug, english)),
        };
        var data = new Dictionary<string, object?>
        {
            ["@context"] = "https://schema.org",
            ["@type"] = "GovernmentOrganization",
            ["name"] = Text(agency.NameVi, agency.NameEn),
            ["url"] = absolute(PublicUrls.AgencyPath(agency.Slug, english)),
            ["inLanguage"] = english ? "en" : "vi",
        };
        Put(data, "sameAs", agency.Website);
        Put(data, "telephone", agency.Phone);
        Put(data, "email", agency.Email);
        if (agency.AddressVi.Length > 0)
        {
            data["address"] = new Dictionary<string, object?>
            {
                ["@type"] = "PostalAddress",
                ["streetAddress"] = Text(agency.AddressVi, agency.AddressEn),
                ["addressCountry"] = "VN",
            };
        }
        if (agency.Phone.Length > 0 || agency.Email.Length > 0)
        {
            var contact = new Dictionary<string, object?> { ["@type"] = "ContactPoint", ["contactType"] = english ? "customer service" : "tiếp nhận thông tin" };
            Put(contact, "telephone", agency.Phone);
            Put(contact, "email", agency.Email);
            data["contactPoint"] = contact;
        }
        if (page.Parents.Count > 0)
        {
            data["parentOrganization"] = Reference(page.Parents[^1]);
        }
        if (page.Units.Count > 0)
        {
            data["subOrganization"] = page.Units.Select(Reference).ToList();
        }
        data["employee"] = agency.Officials.Select(o =>
        {
            var person = new Dictionary<string, object?>
            {
                ["@type"] = "Person",
                ["name"] = o.Name,
                ["jobTitle"] = Text(o.TitleVi, o.TitleEn),
                ["url"] = absolute(PublicUrls.OfficialPath(agency.Slug, o.Id, english)),
            };
            Put(person, "telephone", o.Phone);
            Put(person, "email", o.Email);
            if (DirectoryCards.PhotoPath(o.Photo) is { } photo)
            {
                person["image"] = absolute(photo);
            }
            return person;
        }).ToList();
        return JsonSerializer.Serialize(data, Options);
    }

    private static void Put(Dictionary<string, object?> data, string key, string value)
    {
        if (!string.IsNullOrWhiteSpace(value))
        {
            data[key] = value;
        }
    }
}
