using Microsoft.Extensions.Options;
using Portal.Web.Articles;
using Portal.Web.Categories;
using Portal.Web.Hosting;
using Portal.Web.Caching;
using Portal.Web.LegalDocuments;
using Portal.Web.Publishing;
using Portal.Web.Schedule;

namespace Portal.Web.Feeds;

/// <summary>
/// What other tools read: RSS for the site and each category, the sitemap, robots.txt, and the legal documents' open data and feeds. The site's feed and the
/// sitemap list every registered kind of content (<see cref="PublishedKinds"/>); each answer opts into the page cache.
/// </summary>
public static class FeedEndpoints
{
    public const int FeedSize = 20;

    /// <summary>Items per sitemap file; the protocol allows 50,000.</summary>
    public const int SitemapPageSize = 40_000;

    private const string RssType = "application/rss+xml; charset=utf-8";
    private const string XmlType = "application/xml; charset=utf-8";

    /// <summary>Feed readers and link checkers ask with HEAD too; Kestrel sends the headers and drops the body.</summary>
    private static readonly string[] GetOrHead = [HttpMethods.Get, HttpMethods.Head];

    public static IEndpointRouteBuilder MapPortalFeeds(this IEndpointRouteBuilder app)
    {
        app.MapMethods(PublicUrls.FeedRoute, GetOrHead, async (HttpRequest request, PublishedKinds kinds, PublicUrls urls, IOptions<SiteOptions> site, CancellationToken cancellationToken) =>
        {
            request.HttpContext.TagCachedPage(PageCacheTags.Listings);
            var items = await kinds.NewestAsync(FeedSize, cancellationToken);
            var xml = RssFeed.Write(site.Value.Name, urls.Absolute(request, PublicUrls.HomePath), urls.Absolute(request, PublicUrls.FeedRoute),
                $"Tin bài mới nhất của {site.Value.Name}", Absolute(request, urls, items));
            return Results.Text(xml, RssType);
        }).CacheOutput(PublicPagePolicy.Page);

        app.MapMethods(PublicUrls.CategoryFeedRoute, GetOrHead, async (string slug, HttpRequest request, PublishedArticles articles, CategoryService categories, PublicUrls urls, IOptions<SiteOptions> site, CancellationToken cancellationToken) =>
        {
            var category = await categories.FindBySlugAsync(slug, cancellationToken);
            if (category is null)
            {
                return Results.NotFound();
            }
            request.HttpContext.TagCachedPage(PageCacheTags.Category(category.Id));
            var items = PublishedArticleKind.FeedItems(await articles.NewestInCategoryAsync(category.Id, FeedSize, cancellationToken: cancellationToken));
            var xml = RssFeed.Write($"{category.Name} - {site.Value.Name}", urls.Absolute(request, PublicUrls.CategoryPath(category.Slug)),
                urls.Absolute(request, PublicUrls.CategoryFeedPath(category.Slug)), $"Tin bài chuyên mục {category.Name}", Absolute(request, urls, items));
            return Results.Text(xml, RssType);
        }).CacheOutput(PublicPagePolicy.Page);

        app.MapMethods(PublicUrls.SitemapRoute, GetOrHead, async (HttpRequest request, PublishedKinds kinds, PublicUrls urls, CancellationToken cancellationToken) =>
        {
            request.HttpContext.TagCachedPage(PageCacheTags.Listings);
            var total = await kinds.SitemapCountAsync(cancellationToken);
            if (total > SitemapPageSize)
            {
                var files = Enumerable.Range(0, 1 + ((total + SitemapPageSize - 1) / SitemapPageSize))
                    .Select(n => new SitemapUrl(PublicUrls.SitemapPagePath(n), null));
                return Results.Text(SitemapXml.Index(Absolute(request, urls, files)), XmlType);
            }
            var sections = await kinds.SitemapSectionsAsync(cancellationToken);
            var entries = await kinds.SitemapEntriesAsync(0, SitemapPageSize, cancellationToken);
            return Results.Text(SitemapXml.UrlSet(Absolute(request, urls, sections.Concat(entries))), XmlType);
        }).CacheOutput(PublicPagePolicy.Page);

        // Past one file's worth: sitemap-0.xml holds the kinds' sections (home, categories), sitemap-N.xml their items.
        app.MapMethods(PublicUrls.SitemapPageRoute, GetOrHead, async (int page, HttpRequest request, PublishedKinds kinds, PublicUrls urls, CancellationToken cancellationToken) =>
        {
            request.HttpContext.TagCachedPage(PageCacheTags.Listings);
            if (page == 0)
            {
                return Results.Text(SitemapXml.UrlSet(Absolute(request, urls, await kinds.SitemapSectionsAsync(cancellationToken))), XmlType);
            }
            if (page > int.MaxValue / SitemapPageSize)
            {
                return Results.NotFound();  // no site has that many items, and the offset would overflow
            }
            var entries = await kinds.SitemapEntriesAsync((page - 1) * SitemapPageSize, SitemapPageSize, cancellationToken);
            return entries.Count == 0 ? Results.NotFound() : Results.Text(SitemapXml.UrlSet(Absolute(request, urls, entries)), XmlType);
        }).CacheOutput(PublicPagePolicy.Page);

        app.MapMethods(PublicUrls.RobotsRoute, GetOrHead, (HttpRequest request, PublicUrls urls) => Results.Text(
            $"User-agent: *\nAllow: /\nDisallow: /admin\nDisallow: {PublicUrls.SearchRoute}\n\nSitemap: {urls.Absolute(request, PublicUrls.SitemapRoute)}\n",
            "text/plain; charset=utf-8")).CacheOutput(PublicPagePolicy.Page);

        app.MapLegalDocumentData();
        app.MapScheduleFeeds();
        return app;
    }

    private static IEnumerable<SitemapUrl> Absolute(HttpRequest request, PublicUrls urls, IEnumerable<SitemapUrl> entries) =>
        entries.Select(e => e with { Location = urls.Absolute(request, e.Location) });

    internal static List<FeedItem> Absolute(HttpRequest request, PublicUrls urls, IEnumerable<FeedItem> items) =>
        [.. items.Select(i => i with { Address = urls.Absolute(request, i.Address) })];
}
