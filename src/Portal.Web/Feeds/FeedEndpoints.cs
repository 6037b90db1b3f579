using Microsoft.Extensions.Options;
using Portal.Web.Articles;
using Portal.Web.Categories;
using Portal.Web.Hosting;
using Portal.Web.Caching;

namespace Portal.Web.Feeds;

/// <summary>What other tools read: RSS for the site and each category, the sitemap, robots.txt.</summary>
public static class FeedEndpoints
{
    public const int FeedSize = 20;

    /// <summary>Articles per sitemap file; the protocol allows 50,000.</summary>
    public const int SitemapPageSize = 40_000;

    private const string RssType = "application/rss+xml; charset=utf-8";
    private const string XmlType = "application/xml; charset=utf-8";

    /// <summary>Feed readers and link checkers ask with HEAD too; Kestrel sends the headers and drops the body.</summary>
    private static readonly string[] GetOrHead = [HttpMethods.Get, HttpMethods.Head];

    public static IEndpointRouteBuilder MapPortalFeeds(this IEndpointRouteBuilder app)
    {
        app.MapMethods("/feed.xml", GetOrHead, async (HttpRequest request, PublishedArticles articles, PublicUrls urls, IOptions<SiteOptions> site, CancellationToken cancellationToken) =>
        {
            request.HttpContext.TagCachedPage(PageCacheTags.Listings);
            var items = await articles.NewestAsync(FeedSize, cancellationToken);
            var xml = RssFeed.Write(site.Value.Name, urls.Base(request) + "/", urls.Absolute(request, "/feed.xml"),
                $"Tin bài mới nhất của {site.Value.Name}", items, i => urls.Absolute(request, PublicUrls.ArticlePath(i.Id, i.Slug)));
            return Results.Text(xml, RssType);
        });

        app.MapMethods("/chuyen-muc/{slug}/feed.xml", GetOrHead, async (string slug, HttpRequest request, PublishedArticles articles, CategoryService categories, PublicUrls urls, IOptions<SiteOptions> site, CancellationToken cancellationToken) =>
        {
            var category = await categories.FindBySlugAsync(slug, cancellationToken);
            if (category is null)
            {
                return Results.NotFound();
            }
            request.HttpContext.TagCachedPage(PageCacheTags.Category(category.Id));
            var items = await articles.NewestInCategoryAsync(category.Id, FeedSize, cancellationToken: cancellationToken);
            var path = PublicUrls.CategoryPath(category.Slug);
            var xml = RssFeed.Write($"{category.Name} - {site.Value.Name}", urls.Absolute(request, path), urls.Absolute(request, path + "/feed.xml"),
                $"Tin bài chuyên mục {category.Name}", items, i => urls.Absolute(request, PublicUrls.ArticlePath(i.Id, i.Slug)));
            return Results.Text(xml, RssType);
        });

        app.MapMethods("/sitemap.xml", GetOrHead, async (HttpRequest request, PublishedArticles articles, CategoryService categories, PublicUrls urls, CancellationToken cancellationToken) =>
        {
            request.HttpContext.TagCachedPage(PageCacheTags.Listings);
            var total = await articles.CountAsync(cancellationToken);
            if (total > SitemapPageSize)
            {
                var files = Enumerable.Range(1, (total + SitemapPageSize - 1) / SitemapPageSize)
                    .Select(n => new SitemapUrl(urls.Absolute(request, $"/sitemap-{n}.xml"), null));
                return Results.Text(SitemapXml.Index([new SitemapUrl(urls.Absolute(request, "/sitemap-0.xml"), null), .. files]), XmlType);
            }
            var pages = await HomeAndCategoriesAsync(request, articles, categories, urls, cancellationToken);
            var entries = await articles.SitemapEntriesAsync(0, SitemapPageSize, cancellationToken);
            return Results.Text(SitemapXml.UrlSet(pages.Concat(entries.Select(e => Entry(request, urls, e)))), XmlType);
        });

        // Past one file's worth: sitemap-0.xml holds the home and category pages, sitemap-N.xml the articles.
        app.MapMethods("/sitemap-{page:int:min(0)}.xml", GetOrHead, async (int page, HttpRequest request, PublishedArticles articles, CategoryService categories, PublicUrls urls, CancellationToken cancellationToken) =>
        {
            request.HttpContext.TagCachedPage(PageCacheTags.Listings);
            if (page == 0)
            {
                return Results.Text(SitemapXml.UrlSet(await HomeAndCategoriesAsync(request, articles, categories, urls, cancellationToken)), XmlType);
            }
            if (page > int.MaxValue / SitemapPageSize)
            {
                return Results.NotFound();  // no site has that many articles, and the offset would overflow
            }
            var entries = await articles.SitemapEntriesAsync((page - 1) * SitemapPageSize, SitemapPageSize, cancellationToken);
            return entries.Count == 0 ? Results.NotFound() : Results.Text(SitemapXml.UrlSet(entries.Select(e => Entry(request, urls, e))), XmlType);
        });

        app.MapMethods("/robots.txt", GetOrHead, (HttpRequest request, PublicUrls urls) => Results.Text(
            $"User-agent: *\nAllow: /\nDisallow: /admin\nDisallow: /search\n\nSitemap: {urls.Absolute(request, "/sitemap.xml")}\n",
            "text/plain; charset=utf-8"));

        return app;
    }

    private static SitemapUrl Entry(HttpRequest request, PublicUrls urls, PublishedArticles.SitemapEntry entry) =>
        new(urls.Absolute(request, PublicUrls.ArticlePath(entry.Id, entry.Slug)), entry.LastModified);

    private static async Task<List<SitemapUrl>> HomeAndCategoriesAsync(HttpRequest request, PublishedArticles articles, CategoryService categories, PublicUrls urls, CancellationToken cancellationToken)
    {
        var latest = await articles.LatestByCategoryAsync(cancellationToken);
        var list = new List<SitemapUrl> { new(urls.Base(request) + "/", latest.Count > 0 ? latest.Values.Max() : null) };
        foreach (var category in await categories.AllAsync(cancellationToken))
        {
            list.Add(new SitemapUrl(urls.Absolute(request, PublicUrls.CategoryPath(category.Slug)), latest.TryGetValue(category.Id, out var at) ? at : null));
        }
        return list;
    }
}
