using Microsoft.EntityFrameworkCore;
using Portal.Web.Data;
using Portal.Web.Editing;
using Portal.Web.LegalDocuments.Files;

namespace Portal.Web.Articles.Attachments;

/// <summary>
/// An article's files: checked, read and kept by the one store legal documents' files go through
/// (<see cref="DocumentFileStore"/>). An upload is saved at once without an article, so it survives a refused
/// save; the article's save then takes the files its form lists and lets go of the others, whose bytes are
/// forgotten at once. An upload no save ever took is forgotten a day later, at a later upload.
/// </summary>
public sealed class ArticleAttachments(PortalDbContext db, DocumentFileStore files, TimeProvider time)
{
    /// <summary>Files on one article: a long list is no longer read by anyone.</summary>
    public const int MaxCount = 30;

    public static readonly TimeSpan UnsavedUploadLifetime = TimeSpan.FromDays(1);

    /// <summary>The key of the messages about the attachments, as <see cref="ArticleContent.AttachmentIds"/> names them.</summary>
    public const string Field = nameof(ArticleContent.AttachmentIds);

    public async Task<SaveResult<ArticleAttachment>> UploadAsync(string fileName, byte[] content, string userName, CancellationToken ct)
    {
        var keeping = await files.KeepAsync(fileName, content, ct);
        if (keeping is SaveResult<KeptDocumentFile>.Invalid invalid)
        {
            return new SaveResult<ArticleAttachment>.Invalid(invalid.Errors);
        }
        var kept = ((SaveResult<KeptDocumentFile>.Saved)keeping).Value;
        var now = time.GetUtcNow().UtcDateTime;
        await ForgetUnsavedUploadsAsync(now - UnsavedUploadLifetime, ct);
        var attachment = new ArticleAttachment
        {
            FileName = kept.FileName,
            Format = kept.Format,
            Length = kept.Length,
            Hash = kept.Hash,
            UploadedAt = now,
            UploadedBy = userName,
        };
        db.ArticleAttachments.Add(attachment);
        await db.SaveChangesAsync(ct);
        return new SaveResult<ArticleAttachment>.Saved(attachment);
    }

    /// <summary>
    /// The files among <paramref name="ids"/> the form of that article may list, in the form's order: uploads not
    /// saved with an article yet, and the article's own. Another article's file, or an unknown id, is left out.
    /// </summary>
    public async Task<List<ArticleAttachment>> ListableAsync(int? articleId, IReadOnlyList<int> ids, CancellationToken ct)
    {
        if (ids.Count == 0)
        {
            return [];
        }
        var found = await db.ArticleAttachments.AsNoTracking()
            .Where(a => ids.Contains(a.Id) && (a.ArticleId == null || a.ArticleId == articleId))
            .ToListAsync(ct);
        return ids.Distinct().Select(id => found.Find(a => a.Id == id)).OfType<ArticleAttachment>().ToList();
    }

    /// <summary>The article's files in their order, for its form and its page.</summary>
    public Task<List<ArticleAttachment>> OfArticleAsync(int articleId, CancellationToken ct) =>
        db.ArticleAttachments.AsNoTracking().Where(a => a.ArticleId == articleId).OrderBy(a => a.SortOrder).ThenBy(a => a.Id).ToListAsync(ct);

    /// <summary>Why the save may not take these files (another article's, unknown, too many), or null.</summary>
    public async Task<string?> RefusalAsync(int? articleId, IReadOnlyList<int> ids, CancellationToken ct)
    {
        if (ids.Distinct().Count() > MaxCount)
        {
            return $"Một bài có tối đa {MaxCount} tệp đính kèm.";
        }
        var listable = await ListableAsync(articleId, ids, ct);
        var missing = ids.Distinct().Except(listable.Select(a => a.Id)).ToList();
        return missing.Count == 0 ? null : $"Không có tệp đính kèm số {string.Join(", ", missing)} để gắn vào bài này; xin tải tệp lên lại.";
    }

    /// <summary>
    /// Attaches the listed files to the saved article in the listed order and lets go of its other files, their
    /// bytes forgotten unless something else keeps them (<see cref="DocumentFileStore.ForgetUnlessUsedAsync"/>). The caller saves.
    /// </summary>
    public async Task<(int Added, int Removed)> ApplyAsync(Article article, IReadOnlyList<int> ids, CancellationToken ct)
    {
        var wanted = ids.Distinct().ToList();
        var rows = await db.ArticleAttachments.Where(a => wanted.Contains(a.Id) && (a.ArticleId == null || a.ArticleId == article.Id)).ToListAsync(ct);
        var added = 0;
        foreach (var row in rows)
        {
            added += row.ArticleId is null ? 1 : 0;
            row.ArticleId = article.Id;
            row.SortOrder = wanted.IndexOf(row.Id);
        }
        var removed = await db.ArticleAttachments.Where(a => a.ArticleId == article.Id && !wanted.Contains(a.Id)).ToListAsync(ct);
        foreach (var row in removed)
        {
            db.ArticleAttachments.Remove(row);
            await files.ForgetUnlessUsedAsync(row, row.Hash, ct);
        }
        return (added, removed.Count);
    }

    /// <summary>A file of an article citizens may see now (<see cref="ArticleVisibility"/>); else null.</summary>
    public Task<ArticleAttachment?> FindVisibleAsync(int id, CancellationToken ct)
    {
        var visible = db.Articles.Where(ArticleVisibility.VisibleAt(time.GetUtcNow().UtcDateTime));
        return db.ArticleAttachments.AsNoTracking().FirstOrDefaultAsync(a => a.Id == id && visible.Any(v => v.Id == a.ArticleId), ct);
    }

    /// <summary>Any file, a draft's or an unsaved upload: for the newsroom only.</summary>
    public Task<ArticleAttachment?> FindAsync(int id, CancellationToken ct) =>
        db.ArticleAttachments.AsNoTracking().FirstOrDefaultAsync(a => a.Id == id, ct);

    private async Task ForgetUnsavedUploadsAsync(DateTime before, CancellationToken ct)
    {
        var stale = await db.ArticleAttachments.Where(a => a.ArticleId == null && a.UploadedAt < before).OrderBy(a => a.Id).Take(20).ToListAsync(ct);
        foreach (var row in stale)
        {
            db.ArticleAttachments.Remove(row);
            await files.ForgetUnlessUsedAsync(row, row.Hash, ct);
        }
    }
}
