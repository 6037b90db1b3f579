using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using Portal.Web.Caching;
using Portal.Web.Questions;

namespace Portal.Web.Pages;

/// <summary>The answered questions: newest answer first, by field, agency and words (diacritics optional).</summary>
[OutputCache(PolicyName = PublicPagePolicy.FilteredListing)]
public sealed class QuestionsModel(PublishedQuestions questions) : PageModel
{
    public const int PageSize = 20;

    public QuestionListing Listing { get; private set; } = null!;

    public QuestionFilter Filter => Listing.Filter;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!ListingPageNumber.TryRead(Request.Query, out var number) || QuestionFilter.Parse(Request.Query) is not { } filter)
        {
            return BadRequest();
        }
        var listing = await questions.ListAsync(filter, number, PageSize, cancellationToken);
        if (listing is null)
        {
            return NotFound();
        }
        Listing = listing;
        HttpContext.TagCachedPage(QuestionCacheTags.List);
        return Page();
    }
}
