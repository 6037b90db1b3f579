using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Portal.Web.Common;
using Portal.Web.Hosting;
using Portal.Web.Search;

namespace Portal.Web.Pages;

/// <summary>Search of published articles: every word must match, diacritics and case aside; "quotes" for a phrase.</summary>
[EnableRateLimiting(RateLimitSetup.Search)]
public sealed class SearchModel(ISearch search) : PageModel
{
    public const int PageSize = 10;

    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Query { get; set; }

    public Paged<SearchHit>? Results { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!ListingPageNumber.TryRead(Request.Query, out var number) || Query?.Length > SearchQuery.MaxLength)
        {
            return BadRequest();
        }
        if (!string.IsNullOrWhiteSpace(Query))
        {
            Results = await search.SearchAsync(SearchQuery.Parse(Query), number, PageSize, cancellationToken: cancellationToken);
        }
        return Page();
    }
}
