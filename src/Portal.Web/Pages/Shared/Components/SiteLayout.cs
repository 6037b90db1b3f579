using System.Text.Json;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Options;
using Portal.Web.Caching;
using Portal.Web.Categories;
using Portal.Web.Data;
using Portal.Web.Hosting;
using Portal.Web.InfoPages;
using Portal.Web.SiteLinks;
using Portal.Web.SiteTexts;

namespace Portal.Web.Pages.Components;

/// <summary>
/// What the layout shows from the database on every public page: the menu, the site links, the footer's pages, the
/// site's English texts.
/// </summary>
public sealed record SiteLayoutData(List<Category> Categories, List<SiteLink> SiteLinks, List<InfoPageTitles> InfoPages, SiteEnglishTexts SiteEnglish);

/// <summary>
/// The layout's data, read from the database once and then kept in the page cache's store under the
/// <see cref="PageCacheTags.Site"/> tag, which every change to a category, a site link or an information page evicts
/// (<see cref="PublicPageInvalidation"/>). Every page needs it, cached or not, and it changes a few times a year:
/// reading it on each page was three queries of the five an article costs. In the shared store (Redis) an edit on
/// one server evicts it on all. A copy read while an eviction happened is not stored, as a page would not be.
/// One per request: the three view components of a page share one lookup.
/// </summary>
public sealed class SiteLayout(IOutputCacheStore store, PublicPageInvalidation invalidation, SiteLayout.Memo memo,
    IOptions<PageCacheOptions> options, IServiceProvider services, ILogger<SiteLayout> logger)
{
    public const string StoreKey = "site-layout";

    private SiteLayoutData? _data;

    public async Task<SiteLayoutData> GetAsync(CancellationToken cancellationToken)
    {
        if (_data is not null)
        {
            return _data;
        }
        var stored = await store.GetDataAsync(StoreKey, logger, cancellationToken);
        if (stored is not null)
        {
            return _data = memo.Read(stored);
        }
        var generation = invalidation.Generation;
        var data = new SiteLayoutData(
            await services.GetRequiredService<CategoryService>().AllAsync(cancellationToken),
            await services.GetRequiredService<SiteLinkService>().AllAsync(cancellationToken),
            await services.GetRequiredService<InfoPageService>().TitlesAsync(cancellationToken),
            await services.GetRequiredService<SiteTranslationService>().CurrentAsync(cancellationToken));
        if (invalidation.Generation == generation)
        {
            var bytes = JsonSerializer.SerializeToUtf8Bytes(data);
            memo.Remember(bytes, data);
            await store.SetDataAsync(StoreKey, bytes, PageCacheTags.Site, TimeSpan.FromSeconds(options.Value.MaxAgeSeconds), logger, cancellationToken);
        }
        return _data = data;
    }

    /// <summary>The last stored bytes and what they say: the memory store hands back the same array, read once.</summary>
    public sealed class Memo
    {
        private (byte[] Bytes, SiteLayoutData Data)? _last;

        public SiteLayoutData Read(byte[] bytes)
        {
            if (_last is { } last && ReferenceEquals(last.Bytes, bytes))
            {
                return last.Data;
            }
            var data = JsonSerializer.Deserialize<SiteLayoutData>(bytes)
                ?? throw new InvalidOperationException("The stored layout data is empty.");
            Remember(bytes, data);
            return data;
        }

        public void Remember(byte[] bytes, SiteLayoutData data) => _last = (bytes, data);
    }
}

/// <summary>
/// The layout's parts that come from the database, or an empty part while it is away: a page that needs no
/// database (a 404) still renders, with its navigation bare, and that page is never stored by the page cache.
/// </summary>
internal static class LayoutData
{
    /// <summary>Who publishes the portal, for the layout's head, header and footer; the operator's texts while the database is away.</summary>
    public static async Task<SiteIdentity> SiteIdentityAsync(this HttpContext context)
    {
        var vietnamese = context.RequestServices.GetRequiredService<IOptions<SiteOptions>>().Value;
        try
        {
            var layout = context.RequestServices.GetRequiredService<SiteLayout>();
            return new SiteIdentity(vietnamese, (await layout.GetAsync(context.RequestAborted)).SiteEnglish);
        }
        catch (Exception exception) when (DatabaseUnavailable.Is(exception))
        {
            context.Response.Headers.CacheControl = "no-store";
            return new SiteIdentity(vietnamese, SiteTranslationService.Defaults(vietnamese));
        }
    }

    public static async Task<List<T>> LoadOrEmptyAsync<T>(this ViewComponent component, Func<SiteLayoutData, List<T>> part)
    {
        try
        {
            var layout = component.HttpContext.RequestServices.GetRequiredService<SiteLayout>();
            return part(await layout.GetAsync(component.HttpContext.RequestAborted));
        }
        catch (Exception exception) when (DatabaseUnavailable.Is(exception))
        {
            component.HttpContext.Response.Headers.CacheControl = "no-store";
            return [];
        }
    }
}
