using Microsoft.EntityFrameworkCore;
using Portal.Web.Common;
using Portal.Web.Data;
using Portal.Web.Publishing;

namespace Portal.Web.Articles;

/// <summary>How the newsroom names an article's state; "scheduled" is Published with a time still to come.</summary>
public static class ArticleStates
{
    public const string Draft = "draft";
    public const string Submitted = "submitted";
    public const string Published = "published";
    public const string Scheduled = "scheduled";
    public const string Unpublished = "unpublished";

    public static readonly IReadOnlyList<string> All = [Draft, Submitted, Scheduled, Published, Unpublished];

    public static string Of(PublicationStatus status, DateTime? publishedAt, DateTime now) => status switch
    {
        PublicationStatus.Draft => Draft,
        PublicationStatus.Submitted => Submitted,
        PublicationStatus.Published when publishedAt > now => Scheduled,
        PublicationStatus.Published => Published,
        _ => Unpublished,
    };

    public static string VietnameseName(string state) => state switch
    {
        Draft => "Nháp",
        Submitted => "Chờ duyệt",
        Scheduled => "Hẹn giờ",
        Published => "Đã đăng",
        Unpublished => "Đã gỡ",
        _ => state,
    };
}

public sealed record NewsroomFilter(string? State, int? CategoryId, string? Text, int Page);

public sealed record NewsroomRow(int Id, string Title, string CategoryName, PublicationStatus Status, DateTime? PublishedAt, DateTime UpdatedAt, string UpdatedBy);

public sealed record NewsroomDashboard(
    IReadOnlyDictionary<string, int> CountsByState,
    IReadOnlyList<NewsroomRow> Waiting,
    IReadOnlyList<NewsroomRow> Scheduled);

/// <summary>The newsroom's view of all articles, whatever their state.</summary>
public sealed class NewsroomArticles(PortalDbContext db, TimeProvider time)
{
    public const int PageSize = 25;
    public const int DashboardListSize = 10;

    /// <summary>An article whatever its state, with its category, for the newsroom's pages to show (not tracked).</summary>
    public Task<Article?> FindAsync(int id, CancellationToken cancellationToken = default) =>
        db.Articles.AsNoTracking().Include(a => a.Category).FirstOrDefaultAsync(a => a.Id == id, cancellationToken);

    public async Task<Paged<NewsroomRow>> SearchAsync(NewsroomFilter filter, CancellationToken cancellationToken = default)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var articles = db.Articles.AsNoTracking();
        articles = filter.State switch
        {
            ArticleStates.Draft => articles.Where(a => a.Status == PublicationStatus.Draft),
            ArticleStates.Submitted => articles.Where(a => a.Status == PublicationStatus.Submitted),
            ArticleStates.Scheduled => articles.Where(ArticleVisibility.ScheduledAfter(now)),
            ArticleStates.Published => articles.Where(ArticleVisibility.VisibleAt(now)),
            ArticleStates.Unpublished => articles.Where(a => a.Status == PublicationStatus.Unpublished),
            _ => articles,
        };
        if (filter.CategoryId is { } categoryId)
        {
            articles = articles.Where(a => a.CategoryId == categoryId);
        }
        if (!string.IsNullOrWhiteSpace(filter.Text))
        {
            articles = articles.Where(LikePattern.AnyHolds<Article>(filter.Text, a => a.Title, a => a.Author));
        }
        return await articles.OrderByDescending(a => a.UpdatedAt).ThenByDescending(a => a.Id).PageAsync(filter.Page, PageSize, Rows, cancellationToken);
    }

    public async Task<NewsroomDashboard> DashboardAsync(CancellationToken cancellationToken = default)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var byStatus = await db.Articles.AsNoTracking()
            .GroupBy(a => new { a.Status, Future = a.PublishedAt > now })
            .Select(g => new { g.Key.Status, g.Key.Future, Count = g.Count() })
            .ToListAsync(cancellationToken);
        var counts = ArticleStates.All.ToDictionary(s => s, _ => 0);
        foreach (var group in byStatus)
        {
            counts[ArticleStates.Of(group.Status, group.Future ? now.AddTicks(1) : now, now)] += group.Count;
        }
        var waiting = await Rows(db.Articles.AsNoTracking().Where(a => a.Status == PublicationStatus.Submitted)
            .OrderBy(a => a.UpdatedAt).Take(DashboardListSize)).ToListAsync(cancellationToken);
        var scheduled = await Rows(db.Articles.AsNoTracking().Where(ArticleVisibility.ScheduledAfter(now))
            .OrderBy(a => a.PublishedAt).Take(DashboardListSize)).ToListAsync(cancellationToken);
        return new NewsroomDashboard(counts, waiting, scheduled);
    }

    private static IQueryable<NewsroomRow> Rows(IQueryable<Article> articles) =>
        articles.Select(a => new NewsroomRow(a.Id, a.Title, a.Category!.Name, a.Status, a.PublishedAt, a.UpdatedAt, a.UpdatedBy));
}
