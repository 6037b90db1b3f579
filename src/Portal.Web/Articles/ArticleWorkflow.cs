using Microsoft.EntityFrameworkCore;
using Portal.Web.Auditing;
using Portal.Web.Data;
using Portal.Web.Localization;
using Portal.Web.Publishing;
using Portal.Web.Search;

namespace Portal.Web.Articles;

public enum WorkflowOutcome
{
    Done,
    Missing,
    Refused,
    Stale,
}

public sealed record WorkflowResult(WorkflowOutcome Outcome, string Message = "")
{
    public static readonly WorkflowResult Missing = new(WorkflowOutcome.Missing);

    public static WorkflowResult Done(string message) => new(WorkflowOutcome.Done, message);

    public static WorkflowResult Refused(string message) => new(WorkflowOutcome.Refused, message);

    public static readonly WorkflowResult Stale = new(WorkflowOutcome.Stale,
        "Bài vừa được người khác thay đổi sau khi bạn mở trang. Xin xem lại nội dung mới trước khi thao tác.");
}

/// <summary>
/// The approver's side of the workflow: publish now or at a set time, send back with a comment, unpublish,
/// delete. Every action names the version it was decided on, so nobody publishes text they have not seen.
/// </summary>
public sealed class ArticleWorkflow(PortalDbContext db, ISearch search, AuditLog audit, TimeProvider time)
{
    /// <summary>Publishes now (<paramref name="atUtc"/> null) or schedules for a future instant.</summary>
    public async Task<WorkflowResult> PublishAsync(int id, Guid version, DateTime? atUtc, string userName, CancellationToken cancellationToken = default)
    {
        var now = time.GetUtcNow().UtcDateTime;
        if (atUtc is { } at && at <= now)
        {
            return WorkflowResult.Refused($"Thời điểm hẹn giờ phải sau thời điểm hiện tại ({VietnamTime.FormatStamp(now)}).");
        }
        return await ChangeAsync(id, version, userName, article =>
        {
            article.Status = PublicationStatus.Published;
            article.PublishedAt = atUtc ?? now;
            article.ReviewComment = "";
            return atUtc is null
                ? (AuditActions.ArticlePublished, "", "Đã đăng bài.")
                : (AuditActions.ArticleScheduled, VietnamTime.FormatStamp(atUtc.Value), $"Đã hẹn giờ đăng lúc {VietnamTime.FormatStamp(atUtc.Value)}.");
        }, cancellationToken);
    }

    public Task<WorkflowResult> SendBackAsync(int id, Guid version, string comment, string userName, CancellationToken cancellationToken = default) =>
        ChangeAsync(id, version, userName, article =>
        {
            if (article.Status == PublicationStatus.Published)
            {
                return null;
            }
            article.Status = PublicationStatus.Draft;
            article.ReviewComment = comment.Trim();
            return (AuditActions.ArticleSentBack, comment.Trim(), "Đã trả lại bài cho biên tập viên.");
        }, cancellationToken);

    public Task<WorkflowResult> UnpublishAsync(int id, Guid version, string userName, CancellationToken cancellationToken = default) =>
        ChangeAsync(id, version, userName, article =>
        {
            if (article.Status != PublicationStatus.Published)
            {
                return null;
            }
            article.Status = PublicationStatus.Unpublished;
            return (AuditActions.ArticleUnpublished, "", "Đã gỡ bài khỏi cổng thông tin.");
        }, cancellationToken);

    public async Task<WorkflowResult> DeleteAsync(int id, string userName, CancellationToken cancellationToken = default)
    {
        var article = await db.Articles.FirstOrDefaultAsync(a => a.Id == id, cancellationToken);
        if (article is null)
        {
            return WorkflowResult.Missing;
        }
        // Its search document has no foreign key to go with it: it goes in the same transaction.
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        db.Articles.Remove(article);
        audit.Add(userName, AuditActions.ArticleDeleted, ArticleService.Target(article));
        await db.SaveChangesAsync(cancellationToken);
        await search.RemoveAsync(ArticleSearchSource.Name, article.Id, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return WorkflowResult.Done($"Đã xóa bài \"{article.Title}\".");
    }

    /// <summary>Applies one status change; <paramref name="change"/> returns null when it does not apply to the article's status.</summary>
    private async Task<WorkflowResult> ChangeAsync(int id, Guid version, string userName,
        Func<Article, (string Action, string Details, string Message)?> change, CancellationToken cancellationToken)
    {
        var article = await db.Articles.FirstOrDefaultAsync(a => a.Id == id, cancellationToken);
        if (article is null)
        {
            return WorkflowResult.Missing;
        }
        if (article.Version != version)
        {
            return WorkflowResult.Stale;
        }
        var applied = change(article);
        if (applied is not { } done)
        {
            return WorkflowResult.Refused("Thao tác này không áp dụng cho bài ở trạng thái hiện tại.");
        }
        ArticleService.Stamp(article, userName, time.GetUtcNow().UtcDateTime);
        audit.Add(userName, done.Action, ArticleService.Target(article), done.Details);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return WorkflowResult.Stale;
        }
        return WorkflowResult.Done(done.Message);
    }
}
