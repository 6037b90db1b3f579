using System.Globalization;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Primitives;
using Portal.Web.Media;

namespace Portal.Web.Caching;

/// <summary>
/// Which responses the output cache keeps: citizens' pages, feeds and the sitemap, for anonymous GET and HEAD
/// requests, 200 only. It runs ahead of routing and authentication, so it judges the request by its path and
/// cookies: a request carrying the newsroom's sign-in cookie is neither served from the cache nor stored.
/// Unlike the stock policy it stores pages on which the visitor counter set its cookie: that cookie is added
/// when the response starts, after the cache has taken its copy of the headers, so it is never replayed.
/// Any other cookie, or a response marked private or no-store, keeps the response out of the cache, and so does
/// an eviction made while the page was being rendered (it may hold what was just changed).
/// </summary>
public sealed class PublicPagePolicy(string signInCookie, string visitCookie, TimeSpan maxAge) : IOutputCachePolicy
{
    private static readonly string[] CachedSections = ["/bai-viet", "/chuyen-muc", "/trang", PhotoUrls.Prefix];
    private static readonly string[] CachedFiles = ["/", "/feed.xml", "/sitemap.xml", "/robots.txt"];

    ValueTask IOutputCachePolicy.CacheRequestAsync(OutputCacheContext context, CancellationToken cancellationToken)
    {
        var request = context.HttpContext.Request;
        var cacheable = IsCacheable(request);
        context.EnableOutputCaching = cacheable;
        context.AllowCacheLookup = cacheable;
        context.AllowCacheStorage = cacheable;
        context.AllowLocking = true;
        if (cacheable && IsPhoto(request.Path))
        {
            // A photo's address names its content: the same bytes in every language and encoding, no tag but its
            // own (deleting the photo evicts it), and as long a life as a page.
            context.ResponseExpirationTimeSpan = maxAge;
        }
        else if (cacheable)
        {
            // What changes a page: its page number, the reader's language (request localization has run), and
            // the compression the client takes.
            context.CacheVaryByRules.QueryKeys = "trang";
            context.CacheVaryByRules.HeaderNames = "Accept-Encoding";
            context.CacheVaryByRules.VaryByValues["lang"] = CultureInfo.CurrentUICulture.Name;
            context.ResponseExpirationTimeSpan = maxAge;
            context.Tags.Add(PageCacheTags.Site);
        }
        return ValueTask.CompletedTask;
    }

    ValueTask IOutputCachePolicy.ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancellationToken) =>
        ValueTask.CompletedTask;

    private static readonly object GenerationKey = new();

    /// <summary>Notes, before a page is rendered for the cache, how many evictions there have been.</summary>
    public static void RenderingBegins(HttpContext context) =>
        context.Items[GenerationKey] = context.RequestServices.GetRequiredService<PublicPageInvalidation>().Generation;

    ValueTask IOutputCachePolicy.ServeResponseAsync(OutputCacheContext context, CancellationToken cancellationToken)
    {
        var response = context.HttpContext.Response;
        if (response.StatusCode != StatusCodes.Status200OK
            || EvictedDuringRendering(context.HttpContext)
            || SetsAnotherCookie(response.Headers.SetCookie)
            || response.Headers.CacheControl.Any(v => v is not null
                && (v.Contains("no-store", StringComparison.OrdinalIgnoreCase) || v.Contains("private", StringComparison.OrdinalIgnoreCase))))
        {
            context.AllowCacheStorage = false;
        }
        return ValueTask.CompletedTask;
    }

    private bool IsCacheable(HttpRequest request)
    {
        if (!HttpMethods.IsGet(request.Method) && !HttpMethods.IsHead(request.Method))
        {
            return false;
        }
        if (request.Cookies.ContainsKey(signInCookie) || !StringValues.IsNullOrEmpty(request.Headers.Authorization))
        {
            return false;
        }
        var path = request.Path.Value ?? "/";
        foreach (var file in CachedFiles)
        {
            if (string.Equals(path, file, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }
        if (path.StartsWith("/sitemap-", StringComparison.OrdinalIgnoreCase) && path.EndsWith(".xml", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }
        foreach (var section in CachedSections)
        {
            if (request.Path.StartsWithSegments(section, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>A photo variant's address (<c>/anh/...</c>), cached without the pages' key parts and lifetime rules.</summary>
    public static bool IsPhoto(PathString path) => path.StartsWithSegments(PhotoUrls.Prefix, StringComparison.Ordinal);

    private static bool EvictedDuringRendering(HttpContext context) =>
        context.Items[GenerationKey] is not long before
        || before != context.RequestServices.GetRequiredService<PublicPageInvalidation>().Generation;

    private bool SetsAnotherCookie(StringValues setCookies)
    {
        foreach (var cookie in setCookies)
        {
            if (cookie is null
                || !cookie.StartsWith(visitCookie, StringComparison.Ordinal)
                || cookie.Length == visitCookie.Length
                || cookie[visitCookie.Length] != '=')
            {
                return true;
            }
        }
        return false;
    }
}
