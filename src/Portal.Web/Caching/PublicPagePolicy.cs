using System.Globalization;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;
using Portal.Web.Media;
using Portal.Web.Pages;

namespace Portal.Web.Caching;

/// <summary>
/// Which responses the output cache keeps: citizens' pages, feeds and the sitemap, for anonymous GET and HEAD
/// requests, 200 only. It runs ahead of routing and authentication, so it judges the request by its path and
/// cookies: a request carrying the newsroom's sign-in cookie is neither served from the cache nor stored.
/// Unlike the stock policy it stores pages on which the visitor counter set its cookie: that cookie is added
/// when the response starts, after the cache has taken its copy of the headers, so it is never replayed.
/// Any other cookie, or a response marked private or no-store, keeps the response out of the cache, and so does
/// an eviction made while the page was being rendered (it may hold what was just changed).
/// The key holds only what changes a page, each in a bounded form, so that no request can add entries at will.
/// </summary>
public sealed class PublicPagePolicy(string signInCookie, string visitCookie, TimeSpan maxAge, PageCacheHosts hosts) : IOutputCachePolicy
{
    /// <summary>Longer than any address the portal links to (slugs are at most 120 characters).</summary>
    public const int MaxPathLength = 256;

    private static readonly string[] CachedSections = ["/bai-viet", "/chuyen-muc", "/trang", PhotoUrls.Prefix];
    private static readonly string[] CachedFiles = ["/", "/feed.xml", "/sitemap.xml", "/robots.txt"];

    /// <summary>
    /// What changes a page, and so is in its key: the listing's page number (a category page's valid <c>?trang=</c>,
    /// as a number, and no other query value on any page), the reader's language (request localization has run),
    /// the compression (<c>Accept-Encoding</c>, already one of br, gzip, identity: <see cref="AcceptEncodingChoice"/>),
    /// and the Host only while no public address is configured, for the few Hosts <see cref="PageCacheHosts"/> admits.
    /// A request whose page number cannot be read, or whose Host is not admitted, is answered without the cache.
    /// </summary>
    ValueTask IOutputCachePolicy.CacheRequestAsync(OutputCacheContext context, CancellationToken cancellationToken)
    {
        var request = context.HttpContext.Request;
        var photo = IsPhoto(request.Path);
        var listingPage = 1;
        var cacheable = IsCacheable(request)
            && (photo || !ReadsItsPageNumber(request.Path) || ListingPageNumber.TryRead(request.Query, out listingPage))
            && (photo || hosts.Admits(request.Host));
        context.EnableOutputCaching = cacheable;
        context.AllowCacheLookup = cacheable;
        context.AllowCacheStorage = cacheable;
        context.AllowLocking = true;
        context.CacheVaryByRules.VaryByHost = !photo && !hosts.Pinned;
        if (cacheable && photo)
        {
            // A photo's address names its content: the same bytes in every language, encoding and Host, no tag but
            // its own (deleting the photo evicts it), and as long a life as a page.
            context.ResponseExpirationTimeSpan = maxAge;
        }
        else if (cacheable)
        {
            context.CacheVaryByRules.HeaderNames = HeaderNames.AcceptEncoding;
            context.CacheVaryByRules.VaryByValues["lang"] = CultureInfo.CurrentUICulture.Name;
            if (listingPage > 1)
            {
                context.CacheVaryByRules.VaryByValues[ListingPageNumber.QueryName] = listingPage.ToString(CultureInfo.InvariantCulture);
            }
            context.ResponseExpirationTimeSpan = maxAge;
            context.Tags.Add(PageCacheTags.Site);
        }
        return ValueTask.CompletedTask;
    }

    /// <summary>Of the cached pages, only a category's (<c>/chuyen-muc/{slug}</c>, not its feed) reads <c>?trang=</c>.</summary>
    public static bool ReadsItsPageNumber(PathString path) =>
        path.StartsWithSegments("/chuyen-muc", StringComparison.OrdinalIgnoreCase, out var rest)
        && rest.Value is { Length: > 1 } slug
        && slug.IndexOf('/', 1) < 0;

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
            || !IsCanonicalAddress(context.HttpContext)
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
        if (path.Length > MaxPathLength)
        {
            return false;
        }
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

    // Routing also answers addresses the portal never links to with the same page: a trailing slash, an empty
    // segment, a number written with leading zeros, a sign or spaces (/bai-viet/0007/..., /sitemap-+0.xml). Each
    // would be one more copy of the page in the cache; they are served, not stored.
    private static bool IsCanonicalAddress(HttpContext context)
    {
        var path = context.Request.Path.Value ?? "/";
        if ((path.Length > 1 && path.EndsWith('/')) || path.Contains("//", StringComparison.Ordinal))
        {
            return false;
        }
        foreach (var (_, value) in context.Request.RouteValues)
        {
            if (value is string text
                && int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var number)
                && text != number.ToString(CultureInfo.InvariantCulture))
            {
                return false;
            }
        }
        return true;
    }

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
