using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Portal.Web.SiteLinks;

namespace Portal.Tests.Integration;

/// <summary>The administrator's site-link pages, used as a browser uses them.</summary>
public static partial class SiteLinkAdmin
{
    public const string ListUrl = "/admin/sitelinks";
    public const string AddUrl = "/admin/sitelinks/edit";
    public const string AddressRule = "Địa chỉ phải là một địa chỉ web đầy đủ, bắt đầu bằng https:// hoặc http://, ví dụ: https://chinhphu.vn.";

    public static string EditUrl(int id) => $"/admin/sitelinks/edit/{id}";

    public static string DeleteUrl(int id) => $"/admin/sitelinks/delete/{id}";

    public static Dictionary<string, string> Form(string name, string url) => new() { ["Input.Name"] = name, ["Input.Url"] = url };

    public static async Task<SiteLink> AddLinkAsync(this AdministratorFixture admin, string name, string url)
    {
        var response = await admin.Browser.SubmitFormAsync(AddUrl, Form(name, url));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return await admin.Factory.WithDbAsync(db => db.SiteLinks.SingleAsync(l => l.Name == name));
    }

    public static Task<List<SiteLink>> LinksInOrderAsync(this AdministratorFixture admin) =>
        admin.Factory.WithDbAsync(db => db.SiteLinks.OrderBy(l => l.SortOrder).ThenBy(l => l.Name).ThenBy(l => l.Id).ToListAsync());

    /// <summary>The sidebar's "Liên kết site" on the home page, in order, as (address, name).</summary>
    public static async Task<List<(string Url, string Name)>> PublicSidebarLinksAsync(this AdministratorFixture admin)
    {
        var box = SiteLinksBox().Match(await admin.PublicPageAsync("/"));
        Assert.True(box.Success, "The home page has no \"Liên kết site\" box.");
        Assert.Contains("<h2 id=\"lien-ket-site\">Liên kết site</h2>", box.Value);
        return SidebarLink().Matches(box.Value)
            .Select(m => (WebUtility.HtmlDecode(m.Groups[1].Value), WebUtility.HtmlDecode(m.Groups[2].Value)))
            .ToList();
    }

    [GeneratedRegex("<section class=\"box\" aria-labelledby=\"lien-ket-site\">.*?</section>", RegexOptions.Singleline)]
    private static partial Regex SiteLinksBox();

    [GeneratedRegex("<a href=\"([^\"]*)\"[^>]*>([^<]*)<span")]
    private static partial Regex SidebarLink();
}
