using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Portal.Web.Auditing;
using Portal.Web.Data;
using Portal.Web.Localization;

namespace Portal.Web.Articles;

/// <summary>A featured article as the newsroom's list shows it.</summary>
public sealed record FeaturedRow(int Id, int ArticleId, string Title, int Position, DateTime Until, string FeaturedBy);

/// <summary>What featuring, moving or changing a featured article came to: done (with its message), refused (why), or no such item.</summary>
public sealed record FeatureResult(bool Done, string Message, bool Missing = false)
{
    public static FeatureResult NotFound { get; } = new(false, "", Missing: true);
}

/// <summary>
/// The newsroom's side of "Tin nổi bật": approvers pin published articles, each until an end time, up to
/// <see cref="HomeOptions.FeaturedCount"/> at once, in an order they choose. An entry past its end counts no
/// more and is shown no more; it is removed when the list is next changed.
/// </summary>
public sealed class FeaturedArticles(PortalDbContext db, AuditLog audit, TimeProvider time, IOptions<HomeOptions> options)
{
    public int Limit => Math.Max(1, options.Value.FeaturedCount);

    private DateTime Now => time.GetUtcNow().UtcDateTime;

    /// <summary>The entries not yet past their end, in their order, whether or not their article is still visible.</summary>
    public Task<List<FeaturedRow>> CurrentAsync(CancellationToken cancellationToken = default)
    {
        var now = Now;
        return db.FeaturedArticles.AsNoTracking().Where(f => f.Until > now).OrderBy(f => f.Position).ThenBy(f => f.Id)
            .Select(f => new FeaturedRow(f.Id, f.ArticleId, f.Article!.Title, f.Position, f.Until, f.FeaturedBy))
            .ToListAsync(cancellationToken);
    }

    /// <summary>Pins the article at the end of the list until the typed time; an article already pinned gets the new end time.</summary>
    public async Task<FeatureResult> FeatureAsync(int articleId, string? typedUntil, string userName, CancellationToken cancellationToken = default)
    {
        var now = Now;
        var article = await db.Articles.FirstOrDefaultAsync(a => a.Id == articleId, cancellationToken);
        if (article is null)
        {
            return FeatureResult.NotFound;
        }
        if (!ArticleVisibility.VisibleAt(now).Compile()(article))
        {
            return new(false, "Chỉ bài đang hiện trên cổng mới đưa lên tin nổi bật được: bài này chưa đăng, đã gỡ hoặc đang hẹn giờ đăng.");
        }
        if (EndTimeRefusal(typedUntil, now, out var until) is { } refusal)
        {
            return new(false, refusal);
        }
        var entries = await db.FeaturedArticles.OrderBy(f => f.Position).ThenBy(f => f.Id).ToListAsync(cancellationToken);
        db.FeaturedArticles.RemoveRange(entries.Where(f => f.Until <= now && f.ArticleId != articleId));
        if (entries.FirstOrDefault(f => f.ArticleId == articleId) is { } existing)
        {
            existing.Until = until;
            audit.Add(userName, AuditActions.ArticleFeatureChanged, ArticleService.Target(article), $"Nổi bật đến {VietnamTime.FormatInput(until)}");
            await db.SaveChangesAsync(cancellationToken);
            return new(true, $"Bài đã ở trong tin nổi bật; nay nổi bật đến {VietnamTime.FormatInput(until)}.");
        }
        if (entries.Count(f => f.Until > now) >= Limit)
        {
            return new(false, $"Tin nổi bật đã đủ {Limit} bài: xin bỏ bớt một bài ở trang “Tin nổi bật” trước khi đưa bài này lên.");
        }
        db.FeaturedArticles.Add(new FeaturedArticle
        {
            ArticleId = articleId,
            Position = entries.Count == 0 ? 1 : entries.Max(f => f.Position) + 1,
            Until = until,
            FeaturedBy = userName,
            FeaturedAt = now,
        });
        audit.Add(userName, AuditActions.ArticleFeatured, ArticleService.Target(article), $"Nổi bật đến {VietnamTime.FormatInput(until)}");
        await db.SaveChangesAsync(cancellationToken);
        return new(true, $"Đã đưa bài lên tin nổi bật đến {VietnamTime.FormatInput(until)}.");
    }

    public async Task<FeatureResult> ChangeUntilAsync(int id, string? typedUntil, string userName, CancellationToken cancellationToken = default)
    {
        var entry = await db.FeaturedArticles.Include(f => f.Article).FirstOrDefaultAsync(f => f.Id == id, cancellationToken);
        if (entry is null)
        {
            return FeatureResult.NotFound;
        }
        if (EndTimeRefusal(typedUntil, Now, out var until) is { } refusal)
        {
            return new(false, refusal);
        }
        entry.Until = until;
        audit.Add(userName, AuditActions.ArticleFeatureChanged, ArticleService.Target(entry.Article!), $"Nổi bật đến {VietnamTime.FormatInput(until)}");
        await db.SaveChangesAsync(cancellationToken);
        return new(true, $"Bài “{entry.Article!.Title}” nay nổi bật đến {VietnamTime.FormatInput(until)}.");
    }

    public async Task<FeatureResult> UnpinAsync(int id, string userName, CancellationToken cancellationToken = default)
    {
        var entry = await db.FeaturedArticles.Include(f => f.Article).FirstOrDefaultAsync(f => f.Id == id, cancellationToken);
        if (entry is null)
        {
            return FeatureResult.NotFound;
        }
        db.FeaturedArticles.Remove(entry);
        audit.Add(userName, AuditActions.ArticleUnfeatured, ArticleService.Target(entry.Article!));
        await db.SaveChangesAsync(cancellationToken);
        return new(true, $"Đã bỏ bài “{entry.Article!.Title}” khỏi tin nổi bật.");
    }

    /// <summary>Swaps the entry with the current one above (<paramref name="step"/> -1) or below (+1).</summary>
    public async Task<FeatureResult> MoveAsync(int id, int step, string userName, CancellationToken cancellationToken = default)
    {
        var now = Now;
        var entries = await db.FeaturedArticles.Include(f => f.Article).Where(f => f.Until > now)
            .OrderBy(f => f.Position).ThenBy(f => f.Id).ToListAsync(cancellationToken);
        var index = entries.FindIndex(f => f.Id == id);
        if (index < 0)
        {
            return FeatureResult.NotFound;
        }
        var entry = entries[index];
        if (index + step < 0 || index + step >= entries.Count)
        {
            return new(true, $"Bài “{entry.Article!.Title}” đã ở {(step < 0 ? "đầu" : "cuối")} danh sách.");
        }
        // Renumbered from 1 so that the two swapped places always differ.
        (entries[index], entries[index + step]) = (entries[index + step], entries[index]);
        for (var i = 0; i < entries.Count; i++)
        {
            entries[i].Position = i + 1;
        }
        audit.Add(userName, AuditActions.ArticleFeatureChanged, ArticleService.Target(entry.Article!), $"Vị trí {index + 1} → {index + step + 1}");
        await db.SaveChangesAsync(cancellationToken);
        return new(true, $"Đã chuyển bài “{entry.Article!.Title}” {(step < 0 ? "lên" : "xuống")}.");
    }

    private static string? EndTimeRefusal(string? typed, DateTime now, out DateTime until)
    {
        if (!VietnamTime.TryParseInput(typed, out until))
        {
            return $"Thời điểm kết thúc không hợp lệ: xin nhập ngày/tháng/năm giờ:phút theo giờ Việt Nam, ví dụ {VietnamTime.FormatInput(now.AddDays(3))}.";
        }
        return until <= now ? "Thời điểm kết thúc phải sau thời điểm hiện tại." : null;
    }
}
