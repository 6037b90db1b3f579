using Microsoft.AspNetCore.OutputCaching;

namespace Portal.Web.Caching;

/// <summary>
/// The tags a cached public page carries, so that a change evicts exactly the pages that show it:
/// an article's own pages, the pages that list its category, the lists of the newest articles, or, for
/// what every page shows (menu, site links, footer), everything.
/// </summary>
public static class PageCacheTags
{
    /// <summary>Every cached response: the menu, the site links and the footer are on all of them.</summary>
    public const string Site = "site";

    /// <summary>The home page, the portal's feed and the sitemap: lists of the newest articles of all categories.</summary>
    public const string Listings = "listings";

    /// <summary>An article's page and its print view.</summary>
    public static string Article(int id) => $"article:{id.ToString(System.Globalization.CultureInfo.InvariantCulture)}";

    /// <summary>A category's pages and feed, and the article pages that list its newest articles.</summary>
    public static string Category(int id) => $"category:{id.ToString(System.Globalization.CultureInfo.InvariantCulture)}";

    /// <summary>The legal documents' list, its feeds (site-wide and per issuer): what any visible document's change shows on.</summary>
    public const string LegalDocuments = "legal-documents";

    /// <summary>A legal document's page and print view, and the pages of the documents related to it.</summary>
    public static string LegalDocument(int id) => $"legal-document:{id.ToString(System.Globalization.CultureInfo.InvariantCulture)}";

    /// <summary>Tags the response being rendered, when it is one the output cache will store.</summary>
    public static void TagCachedPage(this HttpContext context, params ReadOnlySpan<string> tags)
    {
        if (context.Features.Get<IOutputCacheFeature>()?.Context is { AllowCacheStorage: true } cache)
        {
            foreach (var tag in tags)
            {
                cache.Tags.Add(tag);
            }
        }
    }
}
