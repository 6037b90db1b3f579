using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using Portal.Web.Articles;
using Portal.Web.Caching;
using Portal.Web.Pages.Components;

namespace Portal.Web.Pages;

[OutputCache(PolicyName = PublicPagePolicy.Page)]
public sealed class IndexModel(PublishedArticles articles, SiteLayout layout) : PageModel
{
    public const int NewestCount = 5;
    public const int PerCategory = 4;

    public IReadOnlyList<ArticleListItem> Newest { get; private set; } = [];
    public IReadOnlyList<CategoryBlock> Blocks { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        HttpContext.TagCachedPage(PageCacheTags.Listings);
        Newest = await articles.NewestAsync(NewestCount, cancellationToken);
        Blocks = await articles.CategoryBlocksAsync((await layout.GetAsync(cancellationToken)).Categories, PerCategory, cancellationToken);
    }
}
