using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Portal.Web.Publishing;

/// <summary>How a kind joins the cross-cutting parts; called from the kind's own setup (<c>AddArticles</c>).</summary>
public static class PublishingSetup
{
    /// <summary>A kind citizens read: in the sitemap, the site's feed, and the page cache's schedule.</summary>
    public static IServiceCollection AddPublishedKind<TKind>(this IServiceCollection services)
        where TKind : class, IPublishedKind
    {
        services.TryAddEnumerable(ServiceDescriptor.Scoped<IPublishedKind, TKind>());
        services.TryAddScoped<PublishedKinds>();
        return services;
    }

    /// <summary>The tags a kind's changes evict from the page cache.</summary>
    public static IServiceCollection AddCacheTagSource<TSource>(this IServiceCollection services)
        where TSource : class, ICacheTagSource
    {
        services.TryAddEnumerable(ServiceDescriptor.Singleton<ICacheTagSource, TSource>());
        return services;
    }

    /// <summary>An entity every public page shows (menu, site links, footer): its changes evict every cached page.</summary>
    public static IServiceCollection AddSiteWideEntity<TEntity>(this IServiceCollection services)
        where TEntity : class =>
        services.AddCacheTagSource<SiteWideCacheTags<TEntity>>();
}
