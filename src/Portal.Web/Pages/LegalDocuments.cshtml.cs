using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using Portal.Web.Caching;
using Portal.Web.LegalDocuments;

namespace Portal.Web.Pages;

/// <summary>The library of legal documents: newest issued first, with filters that combine and their counts.</summary>
[OutputCache(PolicyName = PublicPagePolicy.FilteredListing)]
public sealed class LegalDocumentsModel(PublishedLegalDocuments documents) : PageModel
{
    public const int PageSize = 20;

    public LegalDocumentListing Listing { get; private set; } = null!;

    public LegalDocumentFilter Filter => Listing.Filter;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!ListingPageNumber.TryRead(Request.Query, out var number) || LegalDocumentFilter.Parse(Request.Query) is not { } filter)
        {
            return BadRequest();
        }
        var listing = await documents.ListAsync(filter, number, PageSize, cancellationToken);
        if (listing is null)
        {
            return NotFound();
        }
        Listing = listing;
        HttpContext.TagCachedPage(PageCacheTags.LegalDocuments);
        return Page();
    }
}
