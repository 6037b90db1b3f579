using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using Portal.Web.Caching;
using Portal.Web.Hosting;
using Portal.Web.InfoPages;

namespace Portal.Web.Pages;

/// <summary>An information page, in English when the reader chose English and the page has an English version.</summary>
[OutputCache(PolicyName = PublicPagePolicy.Page)]
public sealed class InfoPageModel(InfoPageService pages) : PageModel
{
    /// <summary>The page's stored slug, for its canonical address.</summary>
    public string Slug { get; private set; } = "";

    public string Title { get; private set; } = "";
    public string BodyHtml { get; private set; } = "";
    public string Language { get; private set; } = LocalizationSetup.Vietnamese;

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken cancellationToken)
    {
        var page = await pages.FindBySlugAsync(slug, cancellationToken);
        if (page is null)
        {
            return NotFound();
        }
        Slug = page.Slug;
        var english = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == LocalizationSetup.English && page.HasEnglish;
        (Title, BodyHtml, Language) = english
            ? (page.TitleEn, page.BodyEnHtml, LocalizationSetup.English)
            : (page.TitleVi, page.BodyViHtml, LocalizationSetup.Vietnamese);
        return Page();
    }
}
