using Microsoft.AspNetCore.Mvc;

namespace Portal.Web.Pages.Components;

/// <summary>The footer's links to the information pages, titled in the reader's language (the Vietnamese title marked when a page has no English version).</summary>
public sealed class InfoPageLinksViewComponent : ViewComponent
{
    // Every public page shows these links: the titles only, not the pages' bodies.
    public async Task<IViewComponentResult> InvokeAsync() =>
        View(await this.LoadOrEmptyAsync(layout => layout.InfoPages));
}
