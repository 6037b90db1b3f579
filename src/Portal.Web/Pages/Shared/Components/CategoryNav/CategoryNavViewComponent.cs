using Microsoft.AspNetCore.Mvc;

namespace Portal.Web.Pages.Components;

/// <summary>The header's category navigation, on every public page.</summary>
public sealed class CategoryNavViewComponent : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync() =>
        View(await this.LoadOrEmptyAsync(layout => layout.Categories));
}
