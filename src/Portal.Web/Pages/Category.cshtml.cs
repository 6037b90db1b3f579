using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using Portal.Web.Articles;
using Portal.Web.Caching;
using Portal.Web.Categories;
using Portal.Web.Common;
using Portal.Web.Pages.Components;

namespace Portal.Web.Pages;

[OutputCache(PolicyName = PublicPagePolicy.Listing)]
public sealed class CategoryModel(PublishedArticles articles, SiteLayout layout) : PageModel
{
    public const int PageSize = 10;

    public Category Category { get; private set; } = null!;
    public Paged<ArticleListItem> Listing { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken cancellationToken)
    {
        if (!ListingPageNumber.TryRead(Request.Query, out var number))
        {
            return BadRequest();
        }
        // The menu's categories are in memory: the page's category is one of them, or no category at all.
        var category = (await layout.GetAsync(cancellationToken)).Categories.Find(c => string.Equals(c.Slug, slug, StringComparison.Ordinal));
        if (category is null)
        {
            return NotFound();
        }
        var page = await articles.CategoryPageAsync(category.Id, number, PageSize, cancellationToken);
        if (page is null)
        {
            return NotFound();
        }
        (Category, Listing) = (category, page);
        HttpContext.TagCachedPage(PageCacheTags.Category(category.Id));
        return Page();
    }
}
