using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using Microsoft.AspNetCore.OutputCaching;
using Portal.Web.Caching;
using Portal.Web.Feeds;
using Portal.Web.LegalDocuments;

namespace Portal.Web.Pages;

[OutputCache(PolicyName = PublicPagePolicy.Page)]
public sealed class LegalDocumentModel(PublishedLegalDocuments documents, PublicUrls urls) : LegalDocumentPageModel(documents, urls)
{
    protected override string PageName => "/LegalDocument";

    // Vietnamese letters stay readable; the encoder still escapes <, > and &, so no text of the document can close
    // the script element the JSON is written in.
    private static readonly JsonSerializerOptions JsonLdOptions = new() { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };

    /// <summary>
    /// schema.org Legislation. Its force is one of schema.org's LegalForceStatus values; a relation becomes the
    /// property schema.org defines for it (amends, repeals, "ensures the implementation of" for guides, and the
    /// general "changes" for a replacement), on the acting document only, as schema.org reads them.
    /// </summary>
    public string JsonLd
    {
        get
        {
            var data = new Dictionary<string, object?>
            {
                ["@context"] = "https://schema.org",
                ["@type"] = "Legislation",
                ["name"] = Name,
                ["legislationIdentifier"] = Document.Number,
                ["legislationType"] = Document.DocumentType?.Name,
                ["legislationPassedBy"] = new Dictionary<string, string> { ["@type"] = "GovernmentOrganization", ["name"] = Document.Issuer?.Name ?? "" },
                ["legislationDate"] = Document.IssuedOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                ["legislationLegalForce"] = "https://schema.org/" + Force switch
                {
                    LegalForce.InForce => "InForce",
                    LegalForce.PartlyOutOfForce => "PartiallyInForce",
                    _ => "NotInForce",
                },
                ["abstract"] = Document.Abstract,
                ["inLanguage"] = "vi",
                ["url"] = AbsoluteUrl,
            };
            if (Document.EffectiveOn is { } effective)
            {
                data["legislationDateVersion"] = effective.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            }
            foreach (var group in Relations.Where(r => r.Acting).GroupBy(r => SchemaProperty(r.Kind)))
            {
                data[group.Key] = group.Select(r => new Dictionary<string, string>
                {
                    ["@type"] = "Legislation",
                    ["legislationIdentifier"] = r.Number,
                    ["url"] = Urls.Absolute(Request, PublicUrls.LegalDocumentPath(r.Id, r.Slug)),
                }).ToList();
            }
            return JsonSerializer.Serialize(data, JsonLdOptions);
        }
    }

    private static string SchemaProperty(RelationKind kind) => kind switch
    {
        RelationKind.Amends => "legislationAmends",
        RelationKind.Repeals => "legislationRepeals",
        RelationKind.Guides => "legislationEnsuresImplementationOf",
        _ => "legislationChanges",
    };
}
