using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Portal.Web.Agencies;
using Portal.Web.Caching;
using Portal.Web.Feeds;
using Portal.Web.Localization;

namespace Portal.Web.Pages;

/// <summary>
/// The directory's tree and search, at its Vietnamese and its English address (two thin pages over this model). The
/// address decides the language: a Vietnamese address read with the English cookie goes to the English one.
/// </summary>
public abstract class DirectoryPageModel(DirectoryService directory, IStringLocalizer<SharedResource> labels) : PageModel
{
    public abstract bool English { get; }

    public IReadOnlyList<AgencyNode> Tree { get; private set; } = [];

    public DirectorySearchResult? Results { get; private set; }

    /// <summary>The query as searched (cut to <see cref="DirectoryService.QueryMaxLength"/>), for the form.</summary>
    public string Query { get; private set; } = "";

    public string Path => English ? PublicUrls.DirectoryEnglishRoute : PublicUrls.DirectoryRoute;

    public async Task<IActionResult> OnGetAsync(string? q, CancellationToken cancellationToken)
    {
        if (!English && Bilingual.IsEnglish)
        {
            return Redirect(PublicUrls.DirectoryEnglishRoute + Request.QueryString);
        }
        Query = DirectoryService.CleanQuery(q);
        Results = await directory.SearchAsync(Query, cancellationToken);
        Tree = await directory.TreeAsync(cancellationToken);
        HttpContext.TagCachedPage(DirectoryCacheTags.Directory);
        ViewData["Title"] = Results is null ? labels["Cơ cấu tổ chức"].Value : labels["Tìm trong danh bạ: {0}", Query].Value;
        ViewData["Description"] = labels["Các cơ quan của tỉnh, lãnh đạo và cán bộ, với địa chỉ, điện thoại và thư điện tử."].Value;
        ViewData["CanonicalPath"] = Path;
        ViewData["NoIndex"] = Results is not null;
        ViewData.SetAddresses(PublicUrls.DirectoryRoute, PublicUrls.DirectoryEnglishRoute);
        return Page();
    }
}

/// <summary>An agency's page, at its Vietnamese and its English address; 404 for an unknown slug.</summary>
public abstract class AgencyPageModel(DirectoryService directory, PublicUrls urls) : PageModel
{
    public abstract bool English { get; }

    public AgencyPage Agency { get; private set; } = null!;

    public string JsonLd { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken cancellationToken)
    {
        if (!English && Bilingual.IsEnglish)
        {
            return Redirect(PublicUrls.AgencyPath(slug, english: true));
        }
        var page = await directory.FindAsync(slug, cancellationToken);
        if (page is null)
        {
            return NotFound();
        }
        Agency = page;
        JsonLd = DirectoryJsonLd.For(page, English, path => urls.Absolute(Request, path));
        HttpContext.TagCachedPage(DirectoryCacheTags.Directory);
        var agency = page.Agency;
        ViewData["Title"] = Bilingual.Pick(agency.NameVi, agency.NameEn, English).Text;
        ViewData["Description"] = Bilingual.Pick(agency.AddressVi, agency.AddressEn, English).Text;
        ViewData["CanonicalPath"] = PublicUrls.AgencyPath(agency.Slug, English);
        ViewData.SetAddresses(PublicUrls.AgencyPath(agency.Slug), PublicUrls.AgencyPath(agency.Slug, english: true));
        return Page();
    }

    /// <summary>
    /// The photo's own alternative text when it names the official, else their name and title: a library photo's
    /// text may describe an event rather than the person.
    /// </summary>
    public static string AltTextOf(Official official, string title) =>
        official.Photo is { } photo && VietnameseText.Fold(photo.AltText).Contains(VietnameseText.Fold(official.Name), StringComparison.Ordinal)
            ? photo.AltText
            : $"{official.Name}, {title}";
}
