using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using Portal.Web.Articles;
using Portal.Web.Caching;
using Portal.Web.Categories;
using Portal.Web.Common;

namespace Portal.Web.Pages;

[OutputCache(PolicyName = PublicPagePolicy.Listing)]
public sealed class CategoryModel(PublishedArticles articles, CategoryService categories) : PageModel
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
        var category = await categories.FindBySlugAsync(slug, cancellationToken);
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
