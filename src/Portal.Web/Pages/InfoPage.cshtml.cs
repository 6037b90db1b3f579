using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using Portal.Web.Caching;
using Portal.Web.InfoPages;

namespace Portal.Web.Pages;

/// <summary>
/// An information page, in English when the reader chose English and the page has an English version; otherwise the
/// Vietnamese one, which an English reader is told is in Vietnamese.
/// </summary>
[OutputCache(PolicyName = PublicPagePolicy.Page)]
public sealed class InfoPageModel(InfoPageService pages) : PageModel
{
    /// <summary>The page's stored slug, for its canonical address.</summary>
    public string Slug { get; private set; } = "";

    public string TitleVi { get; private set; } = "";
    public string BodyViHtml { get; private set; } = "";

    /// <summary>The English version, or null when the page has none (half of one is none).</summary>
    public string? TitleEn { get; private set; }
    public string? BodyEnHtml { get; private set; }

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken cancellationToken)
    {
        var page = await pages.FindBySlugAsync(slug, cancellationToken);
        if (page is null)
        {
            return NotFound();
        }
        Slug = page.Slug;
        (TitleVi, BodyViHtml) = (page.TitleVi, page.BodyViHtml);
        (TitleEn, BodyEnHtml) = page.HasEnglish ? (page.TitleEn, page.BodyEnHtml) : (null, null);
        return Page();
    }
}
