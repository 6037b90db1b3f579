using Microsoft.AspNetCore.Mvc;
using Portal.Web.Data;

namespace Portal.Web.Pages.Components;

/// <summary>
/// The layout's parts that come from the database, or an empty part while it is away: a page that needs no
/// database (a 404) still renders, with its navigation bare, and that page is never stored by the page cache.
/// </summary>
internal static class LayoutData
{
    public static async Task<List<T>> LoadOrEmptyAsync<T>(this ViewComponent component, Func<CancellationToken, Task<List<T>>> load)
    {
        try
        {
            return await load(component.HttpContext.RequestAborted);
        }
        catch (Exception exception) when (DatabaseUnavailable.Is(exception))
        {
            component.HttpContext.Response.Headers.CacheControl = "no-store";
            return [];
        }
    }
}
