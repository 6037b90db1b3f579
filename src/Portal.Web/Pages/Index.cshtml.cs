using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Options;
using Portal.Web.Articles;
using Portal.Web.Caching;
using Portal.Web.Pages.Components;

namespace Portal.Web.Pages;

/// <summary>
/// The home page: the featured articles (the first large, with its cover), the newest, then each category's newest;
/// no article twice. Its cached copy ends when the first featured article does, as it ends at the next publication.
/// </summary>
[OutputCache(PolicyName = PublicPagePolicy.Page)]
public sealed class IndexModel(PublishedArticles articles, SiteLayout layout, TimeProvider time, IOptions<HomeOptions> options) : PageModel
{
    public const int NewestCount = 5;
    public const int PerCategory = 4;

    public IReadOnlyList<ArticleListItem> Featured { get; private set; } = [];
    public IReadOnlyList<ArticleListItem> Newest { get; private set; } = [];
    public IReadOnlyList<CategoryBlock> Blocks { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        HttpContext.TagCachedPage(PageCacheTags.Listings);
        var (featured, nextEnd) = await articles.FeaturedAsync(Math.Max(1, options.Value.FeaturedCount), cancellationToken);
        EndCachedCopyAt(nextEnd);
        Featured = featured;
        var featuredIds = featured.Select(i => i.Id).ToHashSet();
        Newest = (await articles.NewestAsync(NewestCount + featured.Count, cancellationToken))
            .Where(i => !featuredIds.Contains(i.Id)).Take(NewestCount).ToList();
        Blocks = await articles.CategoryBlocksAsync((await layout.GetAsync(cancellationToken)).Categories, PerCategory, [.. Featured, .. Newest], cancellationToken);
    }

    /// <summary>The page cache has set the copy's life (to the next publication at most); the featured list's first end shortens it.</summary>
    private void EndCachedCopyAt(DateTime? end)
    {
        if (end is not { } at || HttpContext.Features.Get<IOutputCacheFeature>()?.Context is not { AllowCacheStorage: true } cache)
        {
            return;
        }
        var left = at - time.GetUtcNow().UtcDateTime;
        if (left <= TimeSpan.Zero)
        {
            cache.AllowCacheStorage = false;
        }
        else if (cache.ResponseExpirationTimeSpan is not { } life || left < life)
        {
            cache.ResponseExpirationTimeSpan = left;
        }
    }
}
