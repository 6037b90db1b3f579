using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Portal.Web.Agencies;

namespace Portal.Tests.Integration;

/// <summary>The directory's pages and newsroom forms as a browser uses them, and a small vCard reader.</summary>
public static partial class DirectorySteps
{
    public const string ListUrl = "/admin/directory";
    public const string AddAgencyUrl = "/admin/directory/edit";

    public static string EditAgencyUrl(int id) => $"/admin/directory/edit/{id}";

    public static string OfficialsUrl(int agencyId) => $"/admin/directory/officials/{agencyId}";

    public static string AddOfficialUrl(int agencyId) => $"/admin/directory/official?agencyId={agencyId}";

    public static string EditOfficialUrl(int id) => $"/admin/directory/official/{id}";

    public static Dictionary<string, string> AgencyForm(string nameVi, int? parentId = null, string nameEn = "", string phone = "", string email = "",
        string website = "", string functionsVi = "", string functionsEn = "") => new()
    {
        ["Input.ParentId"] = parentId?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "",
        ["Input.NameVi"] = nameVi, ["Input.NameEn"] = nameEn, ["Input.AddressVi"] = "Số 1 Lê Lợi", ["Input.AddressEn"] = "",
        ["Input.Phone"] = phone, ["Input.Email"] = email, ["Input.Website"] = website, ["Input.FunctionsVi"] = functionsVi, ["Input.FunctionsEn"] = functionsEn,
    };

    public static Dictionary<string, string> OfficialForm(int agencyId, string name, string titleVi = "Chuyên viên", string titleEn = "",
        string phone = "0254 3000 000", string email = "", int? photoId = null) => new()
    {
        ["Input.AgencyId"] = agencyId.ToString(System.Globalization.CultureInfo.InvariantCulture), ["Input.Name"] = name, ["Input.TitleVi"] = titleVi,
        ["Input.TitleEn"] = titleEn, ["Input.Phone"] = phone, ["Input.Email"] = email,
        ["Input.PhotoId"] = photoId?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "",
    };

    public static Task<Agency> AgencyAsync(this PortalFactory factory, string slug) =>
        factory.WithDbAsync(db => db.Agencies.Include(a => a.Officials).SingleAsync(a => a.Slug == slug));

    public static async Task<Agency> AddAgencyAsync(this AdministratorFixture admin, string nameVi, int? parentId = null)
    {
        var response = await admin.Browser.SubmitFormAsync(AddAgencyUrl, AgencyForm(nameVi, parentId));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return await admin.Factory.WithDbAsync(db => db.Agencies.SingleAsync(a => a.NameVi == nameVi));
    }

    public static async Task<Official> AddOfficialAsync(this AdministratorFixture admin, int agencyId, string name, string titleVi = "Chuyên viên", int? photoId = null)
    {
        var response = await admin.Browser.SubmitFormAsync(AddOfficialUrl(agencyId), OfficialForm(agencyId, name, titleVi, photoId: photoId));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return await admin.Factory.WithDbAsync(db => db.Officials.SingleAsync(o => o.Name == name));
    }

    /// <summary>A citizen's browser with the language cookie set by the header's switch.</summary>
    public static async Task<HttpClient> ReaderAsync(this PortalFactory factory, string language)
    {
        var browser = factory.CreateBrowser();
        Assert.Equal(HttpStatusCode.Redirect, (await browser.GetAsync($"/ngon-ngu/{language}?returnUrl=/")).StatusCode);
        return browser;
    }

    /// <summary>The JSON-LD block of a page.</summary>
    public static string JsonLd(string html)
    {
        var match = JsonLdBlock().Match(html);
        Assert.True(match.Success, "The page has no JSON-LD.");
        return match.Groups[1].Value;
    }

    /// <summary>
    /// A vCard read back as RFC 6350 says: CRLF lines, each at most 75 octets, unfolded, then each property's name
    /// (with its parameters) and its value with the escapes undone; a structured value keeps its raw form.
    /// </summary>
    public static List<(string Name, string Value, string Raw)> ReadVCard(byte[] bytes)
    {
        var text = Encoding.UTF8.GetString(bytes);
        Assert.EndsWith("\r\n", text);
        var physical = text[..^2].Split("\r\n");
        Assert.All(physical, line => Assert.True(Encoding.UTF8.GetByteCount(line) <= 75, $"A line of {Encoding.UTF8.GetByteCount(line)} octets: {line}"));
        Assert.DoesNotContain(physical, line => line.Contains('\n') || line.Contains('\r'));
        var logical = new List<string>();
        foreach (var line in physical)
        {
            if (line.StartsWith(' '))
            {
                logical[^1] += line[1..];
            }
            else
            {
                logical.Add(line);
            }
        }
        return logical.Select(line =>
        {
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            var raw = line[(colon + 1)..];
            return (line[..colon], Unescape(raw), raw);
        }).ToList();
    }

    public static string Unescape(string value)
    {
        var result = new StringBuilder();
        for (var i = 0; i < value.Length; i++)
        {
            if (value[i] == '\\' && i + 1 < value.Length)
            {
                i++;
                result.Append(value[i] is 'n' or 'N' ? '\n' : value[i]);
            }
            else
            {
                result.Append(value[i]);
            }
        }
        return result.ToString();
    }

    [GeneratedRegex("<script type=\"application/ld\\+json\">(.*?)</script>", RegexOptions.Singleline)]
    private static partial Regex JsonLdBlock();
}
