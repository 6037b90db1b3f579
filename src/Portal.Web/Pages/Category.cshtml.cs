using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Portal.Web.Articles;
using Portal.Web.Categories;
using Portal.Web.Caching;

namespace Portal.Web.Pages;

public sealed class CategoryModel(PublishedArticles articles, CategoryService categories) : PageModel
{
    public const int PageSize = 10;

    public Category Category { get; private set; } = null!;
    public ArticlePage Listing { get; private set; } = null!;

    /// <summary>Page numbers come as <c>?trang=N</c>; anything but a whole number from 1 is a bad request.</summary>
    public async Task<IActionResult> OnGetAsync(string slug, [FromQuery(Name = "trang")] string? pageNumber, CancellationToken cancellationToken)
    {
        var number = 1;
        if (pageNumber is not null
            && (!int.TryParse(pageNumber, NumberStyles.None, CultureInfo.InvariantCulture, out number) || number < 1))
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
