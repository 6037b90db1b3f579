using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using Portal.Web.Caching;
using Portal.Web.Common;
using Portal.Web.Consultations;

namespace Portal.Web.Pages;

/// <summary>The consultations on drafts: open ones first with the days left, then those not yet open, then the closed.</summary>
[OutputCache(PolicyName = PublicPagePolicy.Listing)]
public sealed class ConsultationsModel(PublishedConsultations consultations) : PageModel
{
    public const int PageSize = 20;

    public Paged<ConsultationListItem> Listing { get; private set; } = Paged<ConsultationListItem>.Empty;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!ListingPageNumber.TryRead(Request.Query, out var number))
        {
            return BadRequest();
        }
        var listing = await consultations.ListAsync(number, PageSize, cancellationToken);
        if (listing.PageNumber != number)
        {
            return NotFound();
        }
        Listing = listing;
        HttpContext.TagCachedPage(ConsultationCacheTags.List);
        return Page();
    }
}
