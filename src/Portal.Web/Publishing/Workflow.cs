using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Portal.Web.Auditing;
using Portal.Web.Data;
using Portal.Web.Localization;
using Portal.Web.Search;

namespace Portal.Web.Publishing;

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

    public static WorkflowResult Stale(string message) => new(WorkflowOutcome.Stale, message);
}

public static class Versions
{
    /// <summary>A new version for any change the next editor must know of: content or status.</summary>
    public static void Stamp(IPublishable item, string userName, DateTime now)
    {
        item.UpdatedAt = now;
        item.UpdatedBy = userName;
        item.Version = Guid.NewGuid();
    }
}

/// <summary>
/// What one kind says in the workflow: its audit actions, and its noun in the messages ("bài", "văn bản"), so the
/// workflow's rules are written once for every kind.
/// </summary>
public sealed record WorkflowWords(
    string Noun,
    string PublishedAction,
    string ScheduledAction,
    string SentBackAction,
    string UnpublishedAction,
    string DeletedAction)
{
    /// <summary>The noun at the start of a sentence.</summary>
    public string CapitalNoun => char.ToUpperInvariant(Noun[0]) + Noun[1..];
}

/// <summary>
/// The approver's side of the workflow, for every kind that goes through it (<see cref="IPublishable"/>): publish
/// now or at a set time, send back with a comment, unpublish, delete. Every action names the version it was
/// decided on, so nobody publishes what they have not seen. A kind adds what its status changes imply
/// (<see cref="AfterChangeAsync"/>) and what goes with a deletion (<see cref="BeforeDeleteAsync"/>).
/// </summary>
public abstract class Workflow<T>(PortalDbContext db, ISearch search, AuditLog audit, TimeProvider time)
    where T : class, IPublishable
{
    /// <summary>The context the workflow saves with, for a kind's hooks to add their changes to.</summary>
    protected PortalDbContext Db { get; } = db;

    protected abstract WorkflowWords Words { get; }

    /// <summary>The kind's name in search (<see cref="ISearchSource.Kind"/>).</summary>
    protected abstract string SearchKind { get; }

    /// <summary>How the messages name the item: its title, a document's number.</summary>
    protected abstract string Title(T item);

    /// <summary>How the audit log names the item: "#12 Title".</summary>
    protected string Target(T item) => $"#{item.Id} {Title(item)}";

    /// <summary>Whether the item may be published as it stands (a question needs its answer); refused otherwise.</summary>
    protected virtual bool CanPublish(T item) => true;

    /// <summary>What the kind updates once a status change is saved (in the same transaction); the caller saves after.</summary>
    protected virtual Task AfterChangeAsync(T item, CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>What goes before the item is removed (rows its foreign keys do not cascade to); saved with the removal.</summary>
    protected virtual Task BeforeDeleteAsync(T item, CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>What the kind updates once the removal is saved (in the same transaction); the caller saves after.</summary>
    protected virtual Task AfterDeleteAsync(T item, CancellationToken cancellationToken) => Task.CompletedTask;

    protected WorkflowResult StaleResult => WorkflowResult.Stale(
        $"{Words.CapitalNoun} vừa được người khác thay đổi sau khi bạn mở trang. Xin xem lại nội dung mới trước khi thao tác.");

    /// <summary>Publishes now (<paramref name="atUtc"/> null) or schedules for a future instant.</summary>
    public async Task<WorkflowResult> PublishAsync(int id, Guid version, DateTime? atUtc, string userName, CancellationToken cancellationToken = default)
    {
        var now = time.GetUtcNow().UtcDateTime;
        if (atUtc is { } at && at <= now)
        {
            return WorkflowResult.Refused($"Thời điểm hẹn giờ phải sau thời điểm hiện tại ({VietnamTime.FormatStamp(now)}).");
        }
        return await ChangeAsync(id, version, userName, item =>
        {
            if (!CanPublish(item))
            {
                return null;
            }
            item.Status = PublicationStatus.Published;
            item.PublishedAt = atUtc ?? now;
            item.ReviewComment = "";
            return atUtc is null
                ? (Words.PublishedAction, "", $"Đã đăng {Words.Noun}.")
                : (Words.ScheduledAction, VietnamTime.FormatStamp(atUtc.Value), $"Đã hẹn giờ đăng lúc {VietnamTime.FormatStamp(atUtc.Value)}.");
        }, cancellationToken);
    }

    /// <summary>
    /// Publishes an item brought in from an existing library (an import, the seeds) as published since
    /// <paramref name="sinceUtc"/>, which may be past, or now when that is still to come: it takes its place in the
    /// lists and feeds by the date it had there, not by the day of the import.
    /// </summary>
    public Task<WorkflowResult> PublishImportedAsync(int id, Guid version, DateTime sinceUtc, string userName, CancellationToken cancellationToken = default)
    {
        var since = sinceUtc < time.GetUtcNow().UtcDateTime ? sinceUtc : time.GetUtcNow().UtcDateTime;
        return ChangeAsync(id, version, userName, item =>
        {
            item.Status = PublicationStatus.Published;
            item.PublishedAt = since;
            item.ReviewComment = "";
            return (Words.PublishedAction, VietnamTime.FormatStamp(since), $"Đã đăng {Words.Noun}.");
        }, cancellationToken);
    }

    public Task<WorkflowResult> SendBackAsync(int id, Guid version, string comment, string userName, CancellationToken cancellationToken = default) =>
        ChangeAsync(id, version, userName, item =>
        {
            if (item.Status == PublicationStatus.Published)
            {
                return null;
            }
            item.Status = PublicationStatus.Draft;
            item.ReviewComment = comment.Trim();
            return (Words.SentBackAction, comment.Trim(), $"Đã trả lại {Words.Noun} cho biên tập viên.");
        }, cancellationToken);

    public Task<WorkflowResult> UnpublishAsync(int id, Guid version, string userName, CancellationToken cancellationToken = default) =>
        ChangeAsync(id, version, userName, item =>
        {
            if (item.Status != PublicationStatus.Published)
            {
                return null;
            }
            item.Status = PublicationStatus.Unpublished;
            return (Words.UnpublishedAction, "", $"Đã gỡ {Words.Noun} khỏi cổng thông tin.");
        }, cancellationToken);

    public async Task<WorkflowResult> DeleteAsync(int id, string userName, CancellationToken cancellationToken = default)
    {
        var item = await Db.Set<T>().FirstOrDefaultAsync(i => i.Id == id, cancellationToken);
        if (item is null)
        {
            return WorkflowResult.Missing;
        }
        // Its search document has no foreign key to go with it: it goes in the same transaction.
        await using var transaction = await BeginUnlessInOneAsync(cancellationToken);
        await BeforeDeleteAsync(item, cancellationToken);
        Db.Set<T>().Remove(item);
        audit.Add(userName, Words.DeletedAction, Target(item));
        await Db.SaveChangesAsync(cancellationToken);
        if (search.IsKind(SearchKind))
        {
            // A kind whose search source is not registered (yet) has no document to remove.
            await search.RemoveAsync(SearchKind, item.Id, cancellationToken);
        }
        await AfterDeleteAsync(item, cancellationToken);
        await Db.SaveChangesAsync(cancellationToken);
        if (transaction is not null)
        {
            await transaction.CommitAsync(cancellationToken);
        }
        return WorkflowResult.Done($"Đã xóa {Words.Noun} \"{Title(item)}\".");
    }

    /// <summary>A transaction of its own, or none when the caller's (an import's) is under way: it is joined, not nested.</summary>
    private async Task<IDbContextTransaction?> BeginUnlessInOneAsync(CancellationToken cancellationToken) =>
        Db.Database.CurrentTransaction is null ? await Db.Database.BeginTransactionAsync(cancellationToken) : null;

    /// <summary>Applies one status change; <paramref name="change"/> returns null when it does not apply to the item's status.</summary>
    private async Task<WorkflowResult> ChangeAsync(int id, Guid version, string userName,
        Func<T, (string Action, string Details, string Message)?> change, CancellationToken cancellationToken)
    {
        var item = await Db.Set<T>().FirstOrDefaultAsync(i => i.Id == id, cancellationToken);
        if (item is null)
        {
            return WorkflowResult.Missing;
        }
        if (item.Version != version)
        {
            return StaleResult;
        }
        if (change(item) is not { } done)
        {
            return WorkflowResult.Refused($"Thao tác này không áp dụng cho {Words.Noun} ở trạng thái hiện tại.");
        }
        Versions.Stamp(item, userName, time.GetUtcNow().UtcDateTime);
        audit.Add(userName, done.Action, Target(item), done.Details, new AuditSubject(SearchKind, item.Id));
        try
        {
            await using var transaction = await BeginUnlessInOneAsync(cancellationToken);
            await Db.SaveChangesAsync(cancellationToken);
            await AfterChangeAsync(item, cancellationToken);
            await Db.SaveChangesAsync(cancellationToken);
            if (transaction is not null)
            {
                await transaction.CommitAsync(cancellationToken);
            }
        }
        catch (DbUpdateConcurrencyException)
        {
            return StaleResult;
        }
        return WorkflowResult.Done(done.Message);
    }
}
