using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Options;
using Portal.Web.Caching;
using Portal.Web.Feeds;
using Portal.Web.Pages.Components;
using Portal.Web.Visitors;

namespace Portal.Web.Hosting;

public static class PageCacheSetup
{
    /// <summary>
    /// ASP.NET Core's output cache for citizens' pages, with the portal's policy and store, and the database
    /// interceptor that evicts what a save changes. The services exist even with the cache switched off, so
    /// saves need not ask whether it is on.
    /// </summary>
    public static IServiceCollection AddPortalPageCache(this IServiceCollection services, IConfiguration configuration)
    {
        var section = configuration.GetSection(PageCacheOptions.Section);
        services.AddOptions<PageCacheOptions>().Bind(section);
        // The store is chosen at registration, from the same section the options are bound to.
        var redis = section.Get<PageCacheOptions>()?.Redis;
        if (string.IsNullOrWhiteSpace(redis))
        {
            services.AddSingleton<IOutputCacheStore>(sp => new MemoryPageCacheStore(
                sp.GetRequiredService<TimeProvider>(),
                sp.GetRequiredService<IOptions<PageCacheOptions>>().Value.SizeLimitMegabytes * 1024L * 1024L));
        }
        else
        {
            // One cache for every server: an eviction on one is an eviction on all.
            services.AddStackExchangeRedisOutputCache(options =>
            {
                options.Configuration = redis;
                options.InstanceName = "portal:";
            });
            services.AddHealthChecks().AddCheck<PageCacheReadyCheck>("page-cache", tags: [HealthSetup.ReadyTag]);
        }
        // With a public address every absolute link is built from it, and the Host is no part of a page.
        services.AddSingleton(sp => new PageCacheHosts(
            sp.GetRequiredService<PublicUrls>().Configured is not null,
            sp.GetRequiredService<ILogger<PageCacheHosts>>()));
        services.AddOutputCache();
        services.AddOptions<OutputCacheOptions>().Configure<IOptions<PageCacheOptions>, IOptions<VisitorOptions>, PageCacheHosts>((options, cache, visitors, hosts) =>
        {
            options.DefaultExpirationTimeSpan = TimeSpan.FromSeconds(cache.Value.MaxAgeSeconds);
            // No base policy: a response is cached only when its endpoint names one of these.
            foreach (var (name, use) in PublicPagePolicy.Names)
            {
                options.AddPolicy(name, new PublicPagePolicy(IdentitySetup.SignInCookie, visitors.Value.CookieName, options.DefaultExpirationTimeSpan, hosts, use));
            }
        });
        services.AddScoped<PublicationSchedule>();
        services.AddScoped<SiteLayout>();
        services.AddSingleton<SiteLayout.Memo>();
        services.AddSingleton<PublicPageInvalidation>();
        services.AddSingleton<IInterceptor>(sp => sp.GetRequiredService<PublicPageInvalidation>());
        return services;
    }

    /// <summary>
    /// Placed after the visitor counter (a page served from the cache is still a visit) and request localization
    /// (the language is part of the key), and ahead of compression (pages are kept compressed) and authentication,
    /// neither of which a cached page needs. Routing runs just ahead of it: whether a response is cached is its
    /// endpoint's metadata, and matching a route costs a cached page little. Ahead of it too, <c>Accept-Encoding</c>
    /// is rewritten to the one compression the response will have. Behind it, only on a miss: how long the page
    /// about to be rendered may live, which ends at the next scheduled publication.
    /// </summary>
    public static IApplicationBuilder UsePortalPageCache(this IApplicationBuilder app)
    {
        // Even with the cache off: compression then reads the same one choice, and the rest of the pipeline the endpoint.
        app.UseOneAcceptEncoding();
        app.UseRouting();
        var options = app.ApplicationServices.GetRequiredService<IOptions<PageCacheOptions>>().Value;
        if (!options.Enabled)
        {
            return app;
        }
        var maxAge = TimeSpan.FromSeconds(options.MaxAgeSeconds);
        app.UseOutputCache();
        app.Use(async (context, next) =>
        {
            if (context.Features.Get<IOutputCacheFeature>()?.Context is { AllowCacheStorage: true } cache)
            {
                PublicPagePolicy.RenderingBegins(context);
                if (!PublicPagePolicy.EndsAtNextPublication(context))
                {
                    await next(context);    // a photo: no publication can change it
                    return;
                }
                var timeToLive = await context.RequestServices.GetRequiredService<PublicationSchedule>().TimeToLiveAsync(maxAge, context.RequestAborted);
                if (timeToLive > TimeSpan.Zero)
                {
                    cache.ResponseExpirationTimeSpan = timeToLive;
                }
                else
                {
                    cache.AllowCacheStorage = false;
                }
            }
            await next(context);
        });
        return app;
    }
}
