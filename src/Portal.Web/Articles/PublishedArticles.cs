using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Portal.Web.Categories;
using Portal.Web.Common;
using Portal.Web.Data;
using Portal.Web.Media;

namespace Portal.Web.Articles;

/// <summary>An article as a list shows it; <see cref="Cover"/> holds the cover's thumbnail variants, where the list shows them.</summary>
public sealed record ArticleListItem(int Id, string Title, string Slug, string Summary, DateTime PublishedAt, string CategoryName, string CategorySlug)
{
    public int? CoverPhotoId { get; init; }

    public Photo? Cover { get; init; }
}

public sealed record CategoryBlock(Category Category, IReadOnlyList<ArticleListItem> Articles);

/// <summary>What citizens may read of the articles: those <see cref="ArticleVisibility.VisibleAt"/> now.</summary>
public sealed class PublishedArticles(PortalDbContext db, TimeProvider time, CategoryArticleCounts counts)
{
    private IQueryable<Article> Visible()
    {
        return db.Articles.AsNoTracking().Where(ArticleVisibility.VisibleAt(time.GetUtcNow().UtcDateTime));
    }

    /// <summary>The widest variant a list's thumbnail needs (shown at most 10rem wide, on screens of twice the density).</summary>
    public const int ThumbnailMaxWidth = 640;

    private static readonly Expression<Func<Article, ArticleListItem>> ToListItem = a =>
        new ArticleListItem(a.Id, a.Title, a.Slug, a.Summary, a.PublishedAt!.Value, a.Category!.Name, a.Category.Slug) { CoverPhotoId = a.CoverPhotoId };

    public Task<Article?> FindAsync(int id, CancellationToken cancellationToken = default) =>
        Visible().Include(a => a.Category).Include(a => a.CoverPhoto).ThenInclude(p => p!.Variants)
            .FirstOrDefaultAsync(a => a.Id == id, cancellationToken);

    public async Task<List<ArticleListItem>> NewestAsync(int count, CancellationToken cancellationToken = default) =>
        await WithCoversAsync(await Visible().OrderByDescending(a => a.PublishedAt).ThenByDescending(a => a.Id).Take(count).Select(ToListItem).ToListAsync(cancellationToken), cancellationToken);

    public async Task<List<ArticleListItem>> NewestInCategoryAsync(int categoryId, int count, int exceptArticleId = 0, CancellationToken cancellationToken = default) =>
        await WithCoversAsync(await Visible().Where(a => a.CategoryId == categoryId && a.Id != exceptArticleId)
            .OrderByDescending(a => a.PublishedAt).ThenByDescending(a => a.Id)
            .Take(count).Select(ToListItem).ToListAsync(cancellationToken), cancellationToken);

    /// <summary>
    /// The featured articles still visible and not past their end, in their order, at most <paramref name="count"/>,
    /// with their covers in every width (the first is shown large); and when the first of them ends, which the
    /// home page's cached copy must not outlive.
    /// </summary>
    public async Task<(List<ArticleListItem> Items, DateTime? NextEnd)> FeaturedAsync(int count, CancellationToken cancellationToken = default)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var rows = await db.FeaturedArticles.AsNoTracking().Where(f => f.Until > now)
            .Join(Visible(), f => f.ArticleId, a => a.Id, (f, a) => new { f.Position, f.Until, Article = a })
            .OrderBy(r => r.Position).ThenBy(r => r.Article.Id).Take(count)
            .Select(r => new { r.Until, Item = new ArticleListItem(r.Article.Id, r.Article.Title, r.Article.Slug, r.Article.Summary, r.Article.PublishedAt!.Value, r.Article.Category!.Name, r.Article.Category.Slug) { CoverPhotoId = r.Article.CoverPhotoId } })
            .ToListAsync(cancellationToken);
        var items = await WithCoversAsync(rows.Select(r => r.Item).ToList(), cancellationToken, int.MaxValue);
        return (items, rows.Count == 0 ? null : rows.Min(r => r.Until));
    }

    /// <summary>The covers of the listed articles, with their variants up to <paramref name="maxWidth"/> (thumbnails by default): one query for the whole list.</summary>
    private async Task<List<ArticleListItem>> WithCoversAsync(List<ArticleListItem> items, CancellationToken cancellationToken, int maxWidth = ThumbnailMaxWidth)
    {
        var ids = items.Where(i => i.CoverPhotoId is not null).Select(i => i.CoverPhotoId!.Value).Distinct().ToList();
        if (ids.Count == 0)
        {
            return items;
        }
        var covers = await db.Photos.AsNoTracking().Where(p => ids.Contains(p.Id))
            .Include(p => p.Variants.Where(v => v.Width <= maxWidth))
            .ToDictionaryAsync(p => p.Id, cancellationToken);
        return items.Select(i => i.CoverPhotoId is { } id && covers.TryGetValue(id, out var cover) ? i with { Cover = cover } : i).ToList();
    }

    /// <summary>
    /// The newest articles of each category, for the home page's blocks: one statement (a UNION ALL of one small
    /// index read a category), then one for the covers. A query a category was 20 round trips through EF, most of
    /// an uncached home page's time; a window function over the categories would rank every visible article.
    /// The articles <paramref name="shownAbove"/> are left out: each category reads as many more rows as it has
    /// of them (known from their category), and drops them in memory, so that the statement keeps its plain shape.
    /// </summary>
    public async Task<IReadOnlyList<CategoryBlock>> CategoryBlocksAsync(IReadOnlyList<Category> categories, int perCategory, IReadOnlyCollection<ArticleListItem>? shownAbove = null, CancellationToken cancellationToken = default)
    {
        shownAbove ??= [];
        var shownIds = shownAbove.Select(i => i.Id).ToHashSet();
        IQueryable<Article>? newest = null;
        foreach (var category in categories)
        {
            var id = category.Id;
            var take = perCategory + shownAbove.Count(i => i.CategorySlug == category.Slug);
            var block = Visible().Where(a => a.CategoryId == id).OrderByDescending(a => a.PublishedAt).ThenByDescending(a => a.Id).Take(take);
            newest = newest is null ? block : newest.Concat(block);
        }
        if (newest is null)
        {
            return [];
        }
        var rows = (await newest.Select(ToListItem).ToListAsync(cancellationToken)).Where(i => !shownIds.Contains(i.Id)).ToList();
        var items = (await WithCoversAsync(rows, cancellationToken)).ToLookup(i => i.CategorySlug, StringComparer.Ordinal);
        return categories.Where(c => items[c.Slug].Any())
            .Select(c => new CategoryBlock(c, items[c.Slug].OrderByDescending(i => i.PublishedAt).ThenByDescending(i => i.Id).Take(perCategory).ToList()))
            .ToList();
    }

    public sealed record SitemapEntry(int Id, string Slug, DateTime LastModified);

    public Task<int> CountAsync(CancellationToken cancellationToken = default) => Visible().CountAsync(cancellationToken);

    /// <summary>Published articles for the sitemap, oldest first so that pages of the sitemap stay stable.</summary>
    /// <remarks>The page's ids come from the newest index alone (a deferred join); then only its rows are read.</remarks>
    public Task<List<SitemapEntry>> SitemapEntriesAsync(int skip, int take, CancellationToken cancellationToken = default)
    {
        var pageIds = Visible().OrderBy(a => a.Id).Skip(skip).Take(take).Select(a => a.Id);
        return db.Articles.AsNoTracking().Where(a => pageIds.Contains(a.Id)).OrderBy(a => a.Id)
            .Select(a => new SitemapEntry(a.Id, a.Slug, a.UpdatedAt > a.PublishedAt!.Value ? a.UpdatedAt : a.PublishedAt.Value))
            .ToListAsync(cancellationToken);
    }

    /// <summary>The newest publication time per category, for the sitemap's lastmod: one index seek a category.</summary>
    public Task<Dictionary<int, DateTime>> LatestByCategoryAsync(CancellationToken cancellationToken = default)
    {
        var visible = ArticleVisibility.VisibleAt(time.GetUtcNow().UtcDateTime);
        return db.Categories.AsNoTracking()
            .Select(c => new
            {
                c.Id,
                Latest = db.Articles.Where(visible).Where(a => a.CategoryId == c.Id).Max(a => a.PublishedAt),
            })
            .Where(c => c.Latest != null)
            .ToDictionaryAsync(c => c.Id, c => c.Latest!.Value, cancellationToken);
    }

    /// <summary>One page of a category, newest first; null when the page number is past the last page.</summary>
    /// <remarks>
    /// The count is kept (<see cref="CategoryArticleCounts"/>). Both queries read the category's index alone: the count, and the page's ids (a deferred join), so that
    /// page 5,000 skips index entries, not rows; only the page's own rows are then read. A page in the older
    /// half is counted from the oldest end, so no page skips more than half the category.
    /// </remarks>
    public async Task<Paged<ArticleListItem>?> CategoryPageAsync(int categoryId, int pageNumber, int pageSize, CancellationToken cancellationToken = default)
    {
        var inCategory = Visible().Where(a => a.CategoryId == categoryId);
        var total = await counts.VisibleAsync(categoryId, cancellationToken);
        var pageCount = Paging.PageCount(total, pageSize);
        if (pageNumber < 1 || pageNumber > pageCount)
        {
            return null;
        }
        var pageIds = Paging.PageIds(inCategory, total, pageNumber, pageSize,
            rows => rows.OrderByDescending(a => a.PublishedAt).ThenByDescending(a => a.Id), rows => rows.OrderBy(a => a.PublishedAt).ThenBy(a => a.Id), a => a.Id);
        var items = await WithCoversAsync(await db.Articles.AsNoTracking().Where(a => pageIds.Contains(a.Id))
            .OrderByDescending(a => a.PublishedAt).ThenByDescending(a => a.Id)
            .Select(ToListItem).ToListAsync(cancellationToken), cancellationToken);
        return new Paged<ArticleListItem>(items, pageNumber, pageCount, total);
    }

    /// <summary>One page of a tag's visible articles, newest first; null when the page number is past the last page.</summary>
    public async Task<Paged<ArticleListItem>?> TagPageAsync(int tagId, int pageNumber, int pageSize, CancellationToken cancellationToken = default)
    {
        var tagged = Visible().Where(a => db.ArticleTags.Any(t => t.TagId == tagId && t.ArticleId == a.Id));
        var total = await tagged.CountAsync(cancellationToken);
        var pageCount = Paging.PageCount(total, pageSize);
        if (pageNumber < 1 || pageNumber > pageCount)
        {
            return null;
        }
        var items = await WithCoversAsync(await tagged.OrderByDescending(a => a.PublishedAt).ThenByDescending(a => a.Id)
            .Skip((pageNumber - 1) * pageSize).Take(pageSize).Select(ToListItem).ToListAsync(cancellationToken), cancellationToken);
        return new Paged<ArticleListItem>(items, pageNumber, pageCount, total);
    }
}
