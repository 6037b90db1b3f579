using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using Portal.Web.Agencies;
using Portal.Web.Caching;
using Portal.Web.Feeds;

namespace Portal.Web.Pages;

/// <summary>An agency's vCard (<c>/co-cau-to-chuc/{slug}.vcf</c>); 404 for an unknown slug.</summary>
[OutputCache(PolicyName = PublicPagePolicy.Page)]
public sealed class AgencyCardModel(DirectoryService directory, PublicUrls urls) : PageModel
{
    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken cancellationToken) =>
        await directory.FindAsync(slug, cancellationToken) is { } page
            ? this.Card(DirectoryCards.Agency(page.Agency, path => urls.Absolute(Request, path)))
            : NotFound();
}

internal static class CardAnswers
{
    /// <summary>The vCard as a download, tagged so that any change of the directory evicts it.</summary>
    public static IActionResult Card(this PageModel page, CardFile card)
    {
        page.HttpContext.TagCachedPage(DirectoryCacheTags.Directory);
        page.Response.Headers.ContentDisposition = card.ContentDisposition;
        return new FileContentResult(card.Content, VCard.ContentType);
    }
}
