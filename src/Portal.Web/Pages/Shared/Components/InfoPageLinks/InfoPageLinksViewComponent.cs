using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Portal.Web.Hosting;

namespace Portal.Web.Pages.Components;

public sealed record InfoPageLink(string Slug, string Title);

/// <summary>The footer's links to the information pages, titled in the reader's language.</summary>
public sealed class InfoPageLinksViewComponent : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync()
    {
        var english = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == LocalizationSetup.English;
        // Every public page shows these links: read the titles only, not the pages' bodies.
        var links = (await this.LoadOrEmptyAsync(layout => layout.InfoPages))
            .Select(p => new InfoPageLink(p.Slug, english && p.HasEnglish ? p.TitleEn : p.TitleVi))
            .ToList();
        return View(links);
    }
}
