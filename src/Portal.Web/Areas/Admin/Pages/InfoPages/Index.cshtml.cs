using Microsoft.AspNetCore.Mvc.RazorPages;
using Portal.Web.InfoPages;

namespace Portal.Web.Areas.Admin.Pages.InfoPages;

public sealed class IndexModel(InfoPageService pages) : PageModel
{
    public IReadOnlyList<InfoPage> Pages { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) => Pages = await pages.AllAsync(cancellationToken);
}
