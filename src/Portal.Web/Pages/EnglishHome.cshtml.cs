using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using Portal.Web.Caching;
using Portal.Web.Categories;
using Portal.Web.Hosting;
using Portal.Web.InfoPages;
using Portal.Web.Localization;
using Portal.Web.Pages.Components;
using Portal.Web.SiteTexts;

namespace Portal.Web.Pages;

/// <summary>
/// <c>/en</c>, English by its address: who publishes the portal and the way to what an English reader can use (the
/// directory, the information pages with an English version first, the schedule, the documents, the categories).
/// Not the home page in English (that has the articles), so no hreflang pair with <c>/</c>.
/// </summary>
[OutputCache(PolicyName = PublicPagePolicy.Page)]
public sealed class EnglishHomeModel(SiteLayout layout) : PageModel
{
    public SiteIdentity Site { get; private set; } = null!;
    public IReadOnlyList<Category> Categories { get; private set; } = [];

    /// <summary>The information pages, those with an English version first, each group in the footer's order.</summary>
    public IReadOnlyList<InfoPageTitles> InfoPages { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var data = await layout.GetAsync(cancellationToken);
        Site = await HttpContext.SiteIdentityAsync();
        Categories = data.Categories;
        InfoPages = [.. data.InfoPages.Where(p => p.HasEnglish), .. data.InfoPages.Where(p => !p.HasEnglish)];
    }

    /// <summary>
    /// A link from this page to a page whose language the reader's choice decides: through the language switch, so
    /// the reader who came to <c>/en</c> goes on reading English labels.
    /// </summary>
    public static string StayingInEnglish(string path) => LanguageSwitch.Path(LocalizationSetup.English, path);
}
