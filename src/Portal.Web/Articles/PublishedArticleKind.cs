using Microsoft.EntityFrameworkCore;
using Portal.Web.Categories;
using Portal.Web.Data;
using Portal.Web.Feeds;
using Portal.Web.Publishing;

namespace Portal.Web.Articles;

/// <summary>Articles as the sitemap, the site's feed and the page cache's schedule ask of a kind of content.</summary>
public sealed class PublishedArticleKind(PublishedArticles articles, CategoryService categories, PortalDbContext db) : IPublishedKind
{
    /// <summary>The home page and each category's page, each as new as its newest visible article.</summary>
    public async Task<IReadOnlyList<SitemapUrl>> SitemapSectionsAsync(CancellationToken cancellationToken)
    {
        var latest = await articles.LatestByCategoryAsync(cancellationToken);
        var list = new List<SitemapUrl> { new(PublicUrls.HomePath, latest.Count > 0 ? latest.Values.Max() : null) };
        foreach (var category in await categories.AllAsync(cancellationToken))
        {
            list.Add(new SitemapUrl(PublicUrls.CategoryPath(category.Slug), latest.TryGetValue(category.Id, out var at) ? at : null));
        }
        return list;
    }

    public Task<int> SitemapCountAsync(CancellationToken cancellationToken) => articles.CountAsync(cancellationToken);

    public async Task<IReadOnlyList<SitemapUrl>> SitemapEntriesAsync(int skip, int take, CancellationToken cancellationToken) =>
        (await articles.SitemapEntriesAsync(skip, take, cancellationToken))
            .Select(e => new SitemapUrl(PublicUrls.ArticlePath(e.Id, e.Slug), e.LastModified)).ToList();

    public async Task<IReadOnlyList<FeedItem>> NewestAsync(int count, CancellationToken cancellationToken) =>
        FeedItems(await articles.NewestAsync(count, cancellationToken));

    public Task<DateTime?> NextPublicationAsync(DateTime now, CancellationToken cancellationToken) =>
        db.Articles.AsNoTracking().Where(ArticleVisibility.ScheduledAfter(now)).MinAsync(a => a.PublishedAt, cancellationToken);

    /// <summary>Listed articles as feed items: the site's feed and each category's.</summary>
    public static IReadOnlyList<FeedItem> FeedItems(IEnumerable<ArticleListItem> items) =>
        items.Select(i => new FeedItem(i.Title, PublicUrls.ArticlePath(i.Id, i.Slug), i.PublishedAt, i.CategoryName, i.Summary)).ToList();
}
