using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using Portal.Web.Articles;
using Portal.Web.Articles.Tags;
using Portal.Web.Caching;
using Portal.Web.Common;

namespace Portal.Web.Pages;

/// <summary>
/// <c>/the/{slug}</c>: a tag's visible articles, newest first, paged as a category is. Cached with the newest lists
/// (<see cref="PageCacheTags.Listings"/>), which any visible article's change evicts: its tags' pages among them.
/// </summary>
[OutputCache(PolicyName = PublicPagePolicy.Listing)]
public sealed class TagModel(PublishedArticles articles, PublishedTags tags) : PageModel
{
    public Tag Tag { get; private set; } = null!;
    public Paged<ArticleListItem> Listing { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken cancellationToken)
    {
        if (!ListingPageNumber.TryRead(Request.Query, out var number))
        {
            return BadRequest();
        }
        var tag = await tags.FindAsync(slug, cancellationToken);
        if (tag is null)
        {
            return NotFound();
        }
        var page = await articles.TagPageAsync(tag.Id, number, CategoryModel.PageSize, cancellationToken);
        if (page is null)
        {
            return NotFound();
        }
        (Tag, Listing) = (tag, page);
        HttpContext.TagCachedPage(PageCacheTags.Listings);
        return Page();
    }
}
