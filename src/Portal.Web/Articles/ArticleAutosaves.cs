using Microsoft.EntityFrameworkCore;
using Portal.Web.Data;

namespace Portal.Web.Articles;

/// <summary>The editor's fields as typed, unchecked but for their lengths (an autosave keeps half-written text).</summary>
public sealed record AutosaveFields(string? Title, string? Slug, int? CategoryId, string? Summary, string? Author, string? BodyMarkdown, int? CoverPhotoId, Guid? BaseVersion)
{
    /// <summary>Whether every field fits the article's own limits (a longer one could never be saved either).</summary>
    public bool FitsTheLimits =>
        (Title?.Length ?? 0) <= Article.TitleMaxLength && (Slug?.Length ?? 0) <= SlugGenerator.MaxLength
        && (Summary?.Length ?? 0) <= Article.SummaryMaxLength && (Author?.Length ?? 0) <= Article.AuthorMaxLength
        && (BodyMarkdown?.Length ?? 0) <= Article.BodyMaxLength;
}

public enum AutosaveOutcome
{
    Saved,
    ArticleNotFound,
    TooLong,
}

/// <summary>
/// Keeps what an editor types between real saves, per user and article, so a closed tab or a lost connection loses
/// nothing: never the article itself, its version or its revisions. Every query names the user: no one reads
/// another's autosave.
/// </summary>
public sealed class ArticleAutosaves(PortalDbContext db, TimeProvider time)
{
    /// <summary>How long an autosave left behind is kept.</summary>
    public const int KeptDays = 30;

    public async Task<(AutosaveOutcome Outcome, DateTime SavedAt)> SaveAsync(string userId, int? articleId, AutosaveFields fields, CancellationToken cancellationToken = default)
    {
        var now = time.GetUtcNow().UtcDateTime;
        if (!fields.FitsTheLimits)
        {
            return (AutosaveOutcome.TooLong, now);
        }
        if (articleId is { } id && !await db.Articles.AnyAsync(a => a.Id == id, cancellationToken))
        {
            return (AutosaveOutcome.ArticleNotFound, now);
        }
        await db.ArticleAutosaves.Where(a => a.SavedAt < now.AddDays(-KeptDays)).ExecuteDeleteAsync(cancellationToken);
        var rows = await Mine(userId, articleId).OrderByDescending(a => a.SavedAt).ThenByDescending(a => a.Id).ToListAsync(cancellationToken);
        var autosave = rows.FirstOrDefault();
        // Two requests at once may have left two rows (no unique index can hold a NULL article id everywhere).
        db.ArticleAutosaves.RemoveRange(rows.Skip(1));
        if (autosave is null)
        {
            autosave = new ArticleAutosave { UserId = userId, ArticleId = articleId };
            db.ArticleAutosaves.Add(autosave);
        }
        autosave.BaseVersion = fields.BaseVersion;
        autosave.Title = fields.Title ?? "";
        autosave.Slug = fields.Slug ?? "";
        autosave.CategoryId = fields.CategoryId;
        autosave.Summary = fields.Summary ?? "";
        autosave.Author = fields.Author ?? "";
        autosave.BodyMarkdown = fields.BodyMarkdown ?? "";
        autosave.CoverPhotoId = fields.CoverPhotoId;
        autosave.SavedAt = now;
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException) when (articleId is not null)
        {
            // The article was deleted in between: its autosave goes with it.
            db.ChangeTracker.Clear();
            return (AutosaveOutcome.ArticleNotFound, now);
        }
        return (AutosaveOutcome.Saved, now);
    }

    /// <summary>
    /// The user's autosave for the article (or for a new one) worth offering: newer than the article's last save and
    /// different from it; for a new article, one with something typed.
    /// </summary>
    public async Task<ArticleAutosave?> PendingAsync(string userId, Article? article, CancellationToken cancellationToken = default)
    {
        var cutoff = time.GetUtcNow().UtcDateTime.AddDays(-KeptDays);
        var autosave = await Mine(userId, article?.Id).AsNoTracking().Where(a => a.SavedAt >= cutoff)
            .OrderByDescending(a => a.SavedAt).ThenByDescending(a => a.Id).FirstOrDefaultAsync(cancellationToken);
        if (autosave is null)
        {
            return null;
        }
        if (article is null)
        {
            return autosave.Title.Length + autosave.Summary.Length + autosave.BodyMarkdown.Length > 0 ? autosave : null;
        }
        var differs = autosave.Title != article.Title || autosave.Slug != article.Slug || autosave.CategoryId != article.CategoryId
            || autosave.Summary != article.Summary || autosave.Author != article.Author || autosave.BodyMarkdown != article.BodyMarkdown
            || autosave.CoverPhotoId != article.CoverPhotoId;
        return differs && autosave.SavedAt > article.UpdatedAt ? autosave : null;
    }

    /// <summary>Forgets the user's autosave of the article (or of their new one): after a real save, or when they discard it.</summary>
    public Task DiscardAsync(string userId, int? articleId, CancellationToken cancellationToken = default) =>
        Mine(userId, articleId).ExecuteDeleteAsync(cancellationToken);

    private IQueryable<ArticleAutosave> Mine(string userId, int? articleId) => articleId is { } id
        ? db.ArticleAutosaves.Where(a => a.UserId == userId && a.ArticleId == id)
        : db.ArticleAutosaves.Where(a => a.UserId == userId && a.ArticleId == null);
}
