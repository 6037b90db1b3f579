using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Portal.Web.Areas.Admin.Pages;

public sealed class IndexModel : PageModel
{
    public void OnGet()
    {
    }
}
