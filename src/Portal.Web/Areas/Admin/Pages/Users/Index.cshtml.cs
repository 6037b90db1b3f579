using Microsoft.AspNetCore.Mvc.RazorPages;
using Portal.Web.Accounts;

namespace Portal.Web.Areas.Admin.Pages.Users;

public sealed class IndexModel(UserAdministration administration) : PageModel
{
    public IReadOnlyList<UserSummary> Accounts { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) => Accounts = await administration.ListAsync(cancellationToken);
}
