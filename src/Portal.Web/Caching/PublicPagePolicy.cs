using System.Globalization;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;
using Portal.Web.Pages;
using Portal.Web.ReadingAids;

namespace Portal.Web.Caching;

/// <summary>
/// How the output cache keeps the responses that opt into it: citizens' pages, feeds, the sitemap and photos
/// name one of its policies in their endpoint's metadata (<c>[OutputCache(PolicyName = PublicPagePolicy.Page)]</c>
/// on a page model, <c>.CacheOutput(PublicPagePolicy.Page)</c> on an endpoint); no other response is cached.
/// Routing runs ahead of the cache so that the endpoint is known; authentication runs behind it, so the policy
/// judges the reader by the request's cookies: a request carrying the newsroom's sign-in cookie is neither served
/// from the cache nor stored. Only anonymous GET and HEAD requests, and 200 answers, are kept.
/// Unlike the stock policy it stores pages on which the visitor counter set its cookie: that cookie is added
/// when the response starts, after the cache has taken its copy of the headers, so it is never replayed.
/// Any other cookie, or a response marked private or no-store, keeps the response out of the cache, and so does
/// an eviction made while the page was being rendered (it may hold what was just changed).
/// The key holds only what changes a page, each in a bounded form, so that no request can add entries at will.
/// </summary>
public sealed class PublicPagePolicy(string signInCookie, string visitCookie, TimeSpan maxAge, PageCacheHosts hosts, PublicPagePolicy.Use use) : IOutputCachePolicy
{
    /// <summary>A citizens' page, feed or file: one copy per language, compression and (without a public address) Host.</summary>
    public const string Page = "public-page";

    /// <summary>A page of a listing, which reads <c>?trang=</c>: a page as above, and one copy per valid page number.</summary>
    public const string Listing = "public-listing";

    /// <summary>
    /// A listing with filters in its query (<c>/van-ban?loai=2</c>): its unfiltered pages are cached as a listing's; a
    /// request with any other query value is answered without the cache, since the key holds no free text.
    /// </summary>
    public const string FilteredListing = "public-filtered-listing";

    /// <summary>A photo variant (<c>/anh/...</c>): its address names its content, so one copy whatever the request.</summary>
    public const string Photo = "photo";

    public enum Use
    {
        Page,
        Listing,
        FilteredListing,
        Photo,
    }

    /// <summary>The named policies, for the output cache's options.</summary>
    public static IEnumerable<(string Name, Use Use)> Names => [(Page, Use.Page), (Listing, Use.Listing), (FilteredListing, Use.FilteredListing), (Photo, Use.Photo)];

    /// <summary>Longer than any address the portal links to (slugs are at most 120 characters).</summary>
    public const int MaxPathLength = 256;

    private static readonly object EndsAtNextPublicationKey = new();

    /// <summary>
    /// What changes a page, and so is in its key: the listing's page number (a listing's valid <c>?trang=</c>,
    /// as a number, and no other query value on any page), the reader's language (request localization has run),
    /// the compression (<c>Accept-Encoding</c>, already one of br, gzip, identity: <see cref="AcceptEncodingChoice"/>),
    /// and the Host only while no public address is configured, for the few Hosts <see cref="PageCacheHosts"/> admits.
    /// A request whose page number cannot be read, or whose Host is not admitted, is answered without the cache.
    /// </summary>
    ValueTask IOutputCachePolicy.CacheRequestAsync(OutputCacheContext context, CancellationToken cancellationToken)
    {
        var request = context.HttpContext.Request;
        var photo = use == Use.Photo;
        var listingPage = 1;
        var cacheable = IsCacheable(request)
            && (use is not (Use.Listing or Use.FilteredListing) || ListingPageNumber.TryRead(request.Query, out listingPage))
            && (use != Use.FilteredListing || request.Query.Keys.All(k => k == ListingPageNumber.QueryName))
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
            // The reader's text size and contrast, as the layout reads them: the normalised choice, never the raw cookie.
            if (DisplayChoice.Read(request) is { IsDefault: false } display)
            {
                context.CacheVaryByRules.VaryByValues["display"] = display.CookieValue;
            }
            if (listingPage > 1)
            {
                context.CacheVaryByRules.VaryByValues[ListingPageNumber.QueryName] = listingPage.ToString(CultureInfo.InvariantCulture);
            }
            context.ResponseExpirationTimeSpan = maxAge;
            context.Tags.Add(PageCacheTags.Site);
            context.HttpContext.Items[EndsAtNextPublicationKey] = true;
        }
        return ValueTask.CompletedTask;
    }

    /// <summary>
    /// Whether the response about to be rendered for the cache shows published content, and so may not be kept past
    /// the next scheduled publication (a photo may: no publication changes it).
    /// </summary>
    public static bool EndsAtNextPublication(HttpContext context) => context.Items.ContainsKey(EndsAtNextPublicationKey);

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
        return (request.Path.Value?.Length ?? 0) <= MaxPathLength;
    }

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
