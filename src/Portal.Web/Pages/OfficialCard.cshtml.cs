using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using Portal.Web.Agencies;
using Portal.Web.Caching;
using Portal.Web.Feeds;

namespace Portal.Web.Pages;

/// <summary>An official's vCard (<c>/co-cau-to-chuc/can-bo/{id}.vcf</c>); 404 for an unknown id.</summary>
[OutputCache(PolicyName = PublicPagePolicy.Page)]
public sealed class OfficialCardModel(DirectoryService directory, PublicUrls urls) : PageModel
{
    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken) =>
        await directory.OfficialAsync(id, cancellationToken) is { } official
            ? this.Card(DirectoryCards.Official(official, path => urls.Absolute(Request, path)))
            : NotFound();
}
