using Microsoft.AspNetCore.Mvc;
using Portal.Web.Categories;

namespace Portal.Web.Pages.Components;

/// <summary>The header's category navigation, on every public page.</summary>
public sealed class CategoryNavViewComponent(CategoryService categories) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync() =>
        View(await this.LoadOrEmptyAsync(categories.AllAsync));
}
