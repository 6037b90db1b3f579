using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Portal.Web.Articles;
using Portal.Web.Categories;
using Portal.Web.Data;
using Portal.Web.Publishing;
using Portal.Web.Search;

namespace Portal.Web.Importing;

/// <summary>
/// Fills a database with realistic Vietnamese articles for load tests and search tests: the same seed gives the
/// same articles (dated back from the clock's now). A bit over half go to the general news category, as on a real
/// provincial portal, the rest tail off. On SQLite's FTS5 search the rows go in through prepared commands, the
/// index following by trigger; elsewhere through EF, with each engine's own indexing.
/// </summary>
public sealed class ArticleGenerator(PortalDbContext db, ISearch search, TimeProvider time, ILogger<ArticleGenerator> logger)
{
    public const string LeadCategorySlug = "tin-tuc-su-kien";
    public const double LeadCategoryShare = 0.52;

    private const int BulkBatchSize = 2000;
    private const int TrackedBatchSize = 100;
    private const int GenerationCacheKilobytes = 256 * 1024;
    private const int PublishedWithinMinutes = 5 * 365 * 24 * 60;

    private static readonly string[] CategoryNames =
    [
        "Tin tức - Sự kiện", "Chỉ đạo - Điều hành", "Hoạt động Sở - Ban - Ngành", "Kinh tế - Đầu tư", "Văn hóa - Xã hội",
        "Giáo dục - Đào tạo", "Y tế - Sức khỏe", "Quốc phòng - An ninh", "Nông nghiệp - Nông thôn", "Du lịch",
        "Khoa học - Công nghệ", "Tài nguyên - Môi trường", "Giao thông - Xây dựng", "Lao động - Việc làm", "Cải cách hành chính",
        "Chuyển đổi số", "Thông báo", "Văn bản mới", "Hỏi đáp", "Người tốt việc tốt",
    ];

    /// <summary>Adds <paramref name="count"/> published articles across at least <paramref name="categoryCount"/> categories.</summary>
    public async Task<int> GenerateAsync(int count, int categoryCount, int seed = 2026, CancellationToken cancellationToken = default)
    {
        var random = new Random(seed);
        var categories = await EnsureCategoriesAsync(categoryCount, cancellationToken);
        var cumulativeShares = CumulativeShares(categories);
        var now = time.GetUtcNow().UtcDateTime;
        var serial = await db.Articles.CountAsync(cancellationToken);
        var bulk = search is Fts5Search;
        var batchSize = bulk ? BulkBatchSize : TrackedBatchSize;

        await db.Database.OpenConnectionAsync(cancellationToken);
        if (bulk)
        {
            // SQLite's page cache (2 MB by default) is far smaller than the indexes being filled: each batch read
            // their pages back from the OS. Set for this connection and this run only.
            await db.Database.ExecuteSqlRawAsync($"PRAGMA cache_size = -{GenerationCacheKilobytes};", cancellationToken);
        }
        using var inserter = bulk ? new ArticleBulkInserter(db) : null;
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        try
        {
            for (var done = 0; done < count; done += batchSize)
            {
                var batch = Math.Min(batchSize, count - done);
                await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
                var tracked = new List<Article>(inserter is null ? batch : 0);
                for (var i = 0; i < batch; i++)
                {
                    var category = categories[Draw(cumulativeShares, random.NextDouble())];
                    var (article, bodyText) = Article(random, category.Id, now.AddMinutes(-random.Next(PublishedWithinMinutes)), ++serial);
                    if (inserter is not null)
                    {
                        await inserter.InsertAsync(article, bodyText, transaction.GetDbTransaction(), cancellationToken);
                    }
                    else
                    {
                        tracked.Add(article);
                    }
                }
                if (inserter is not null)
                {
                    await inserter.FlushDocumentsAsync(transaction.GetDbTransaction(), cancellationToken);
                }
                else
                {
                    // Saved first for their ids, then the word index in many-row statements.
                    db.Articles.AddRange(tracked);
                    db.ChangeTracker.DetectChanges();
                    await db.SaveChangesAsync(cancellationToken);
                    await search.IndexNewAsync(ArticleSearchSource.Name, tracked.ToDictionary(a => a.Id, ArticleSearchSource.Document), cancellationToken);
                }
                db.ChangeTracker.DetectChanges();
                await db.SaveChangesAsync(cancellationToken);
                await transaction.CommitAsync(cancellationToken);
                db.ChangeTracker.Clear();
                logger.LogInformation("Generated {Done} of {Count} articles", done + batch, count);
            }
        }
        finally
        {
            db.ChangeTracker.AutoDetectChangesEnabled = true;
            if (bulk)
            {
                await db.Database.ExecuteSqlRawAsync("PRAGMA cache_size = -2000;", CancellationToken.None);
            }
            await db.Database.CloseConnectionAsync();
        }
        return count;
    }

    /// <summary>Running totals of each category's share: the general news a bit over half, the others by 1/rank.</summary>
    internal static double[] CumulativeShares(IReadOnlyList<Category> categories)
    {
        var lead = Math.Max(0, categories.ToList().FindIndex(c => c.Slug == LeadCategorySlug));
        var others = Enumerable.Range(1, categories.Count - 1).Sum(rank => 1.0 / rank);
        var shares = new double[categories.Count];
        var rank = 0;
        for (var i = 0; i < categories.Count; i++)
        {
            shares[i] = categories.Count == 1 ? 1 : i == lead ? LeadCategoryShare : (1 - LeadCategoryShare) / ++rank / others;
        }
        var total = 0.0;
        return Array.ConvertAll(shares, share => total += share);
    }

    /// <summary>The index of the share that <paramref name="draw"/> (0 to 1) falls in.</summary>
    private static int Draw(double[] cumulativeShares, double draw)
    {
        var found = Array.BinarySearch(cumulativeShares, draw);
        return Math.Min(found < 0 ? ~found : found + 1, cumulativeShares.Length - 1);
    }

    private async Task<List<Category>> EnsureCategoriesAsync(int categoryCount, CancellationToken cancellationToken)
    {
        var categories = await db.Categories.OrderBy(c => c.SortOrder).ThenBy(c => c.Id).ToListAsync(cancellationToken);
        for (var n = categories.Count; n < categoryCount; n++)
        {
            var name = n < CategoryNames.Length ? CategoryNames[n] : $"Chuyên mục {n + 1}";
            var slug = SlugGenerator.FromTitle(name);
            if (categories.Any(c => c.Slug == slug))
            {
                name = $"{name} {n + 1}";
                slug = SlugGenerator.FromTitle(name);
            }
            var category = new Category { Name = name, Slug = slug, SortOrder = n + 1 };
            db.Categories.Add(category);
            categories.Add(category);
        }
        await db.SaveChangesAsync(cancellationToken);
        return categories;
    }

    private static (Article Article, string BodyText) Article(Random random, int categoryId, DateTime publishedAt, int serial)
    {
        var text = ArticleTextGenerator.Next(random, publishedAt);
        var version = new byte[16];
        random.NextBytes(version);
        var article = new Article
        {
            Title = text.Title,
            Slug = SlugGenerator.WithSuffix(SlugGenerator.FromTitle(text.Title), $"-g{serial}"),
            Summary = text.Summary,
            BodyMarkdown = text.BodyMarkdown,
            BodyHtml = text.BodyHtml,
            Author = text.Author,
            CategoryId = categoryId,
            Status = PublicationStatus.Published,
            PublishedAt = publishedAt,
            CreatedAt = publishedAt,
            UpdatedAt = publishedAt,
            UpdatedBy = ArticleService.SystemUser,
            Version = new Guid(version),
        };
        return (article, text.BodyText);
    }
}
