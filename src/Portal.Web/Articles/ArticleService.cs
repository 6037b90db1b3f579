using Microsoft.EntityFrameworkCore;
using Portal.Web.Accounts;
using Portal.Web.Articles.Tags;
using Portal.Web.Auditing;
using Portal.Web.Data;
using Portal.Web.Editing;
using Portal.Web.Mail;
using Portal.Web.Media;
using Portal.Web.Publishing;
using Portal.Web.Search;

namespace Portal.Web.Articles;

/// <summary>What an article needs to be written: the editor's fields, before rendering and slugging.</summary>
public sealed record ArticleDraft(
    string Title,
    string Summary,
    string BodyMarkdown,
    string Author,
    int CategoryId,
    PublicationStatus Status,
    DateTime? PublishedAt);

/// <summary>
/// Writes articles: renders the Markdown, keeps slugs unique, stamps times and the version, keeps a revision
/// of every save, and refuses a save based on a version someone else has already replaced.
/// </summary>
public sealed partial class ArticleService(PortalDbContext db, MarkdownRenderer markdown, ArticleBody body, ArticleExtras extras, ISearch search,
    AuditLog audit, EditorNotifications notifications, TimeProvider time)
{
    public const string SystemUser = "hệ thống";

    /// <summary>Adds a ready article to the context (seeding, import); the caller saves.</summary>
    public async Task<Article> AddAsync(ArticleDraft draft, CancellationToken cancellationToken = default)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var article = new Article
        {
            Title = draft.Title,
            Slug = await UniqueSlugAsync(SlugGenerator.FromTitle(draft.Title), cancellationToken: cancellationToken),
            Summary = draft.Summary,
            BodyMarkdown = draft.BodyMarkdown,
            BodyHtml = markdown.ToHtml(draft.BodyMarkdown),
            Author = draft.Author,
            CategoryId = draft.CategoryId,
            Status = draft.Status,
            PublishedAt = draft.PublishedAt,
            CreatedAt = now,
            UpdatedAt = now,
            UpdatedBy = SystemUser,
            Version = Guid.NewGuid(),
        };
        db.Articles.Add(article);
        await ArticleSearchSource.IndexAsync(search, article, cancellationToken);
        return article;
    }

    /// <summary>
    /// Saves an editor's content: a new article when <paramref name="id"/> is null, else an update that must be
    /// based on the current version. <paramref name="submit"/> sends it for approval; <paramref name="restoredRevisionId"/>
    /// says the content is that revision's, restored (the history and the audit log say so).
    /// </summary>
    public async Task<SaveResult<Article>> SaveAsync(int? id, ArticleContent content, Guid? baseVersion, bool submit, NewsroomUser user, int? restoredRevisionId = null,
        string? note = null, CancellationToken cancellationToken = default)
    {
        var article = id is { } existingId ? await db.Articles.FirstOrDefaultAsync(a => a.Id == existingId, cancellationToken) : null;
        if (id is not null && article is null)
        {
            return new SaveResult<Article>.NotFound();
        }
        if (article is not null && article.Version != baseVersion)
        {
            return await ConflictAsync(article, baseVersion, cancellationToken);
        }

        var (errors, slug, rendered) = await CheckAsync(content, article?.Id, cancellationToken);
        var tags = await extras.CheckAsync(article?.Id, content, errors, cancellationToken);
        if (article is { Status: PublicationStatus.Published } && !user.CanPublish)
        {
            errors[SaveResult<Article>.FormField] = "Bài đã đăng: chỉ người duyệt bài được sửa. Xin liên hệ người duyệt.";
        }
        if (submit && article is { Status: PublicationStatus.Published })
        {
            errors[SaveResult<Article>.FormField] = "Bài đã đăng, không cần gửi duyệt.";
        }
        if (errors.Count > 0)
        {
            return new SaveResult<Article>.Invalid(errors);
        }
        await extras.AddMissingTagsAsync(tags, cancellationToken);

        var now = time.GetUtcNow().UtcDateTime;
        var isNew = article is null;
        if (article is null)
        {
            article = new Article { Title = content.Title, Slug = slug, CreatedAt = now, Status = PublicationStatus.Draft };
            db.Articles.Add(article);
        }
        else
        {
            await KeepOriginalAsRevisionAsync(article, cancellationToken);
        }

        article.Title = content.Title.Trim();
        article.Slug = slug;
        article.CategoryId = content.CategoryId;
        article.Summary = content.Summary.Trim();
        article.Author = content.Author.Trim();
        article.BodyMarkdown = content.BodyMarkdown;
        article.BodyHtml = rendered.Html;
        article.CoverPhotoId = content.CoverPhotoId;
        article.Tags = tags is null ? article.Tags : TagList.Join(tags);
        if (submit)
        {
            article.Status = PublicationStatus.Submitted;
        }
        Stamp(article, user.Name, now);

        try
        {
            // The article first (a new one needs its id), then its revision and the audit, as one unit.
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            await ArticleSearchSource.IndexAsync(search, article, cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            note ??= restoredRevisionId is { } restored ? $"Khôi phục phiên bản {restored}" : isNew ? "Tạo bài" : submit ? "Gửi duyệt" : "Lưu";
            note += await extras.ApplyAsync(article, tags, content.AttachmentIds, cancellationToken);
            db.ArticleRevisions.Add(RevisionOf(article, now, user.Name, note));
            await KeepPhotoUsesAsync(article, rendered.PhotoIds, cancellationToken);
            audit.Add(user.Name, isNew ? AuditActions.ArticleCreated : AuditActions.ArticleSaved, Target(article));
            if (submit)
            {
                audit.Add(user.Name, AuditActions.ArticleSubmitted, Target(article), subject: Subject(article));
                // Written with the save: the approvers hear of it only if the article is really submitted.
                await notifications.AddAsync([Roles.Approver], ApprovalRequest.Letter("bài viết", article.Title, $"/admin/articles/review/{article.Id}"),
                    ApprovalRequest.Purpose, user.Name);
            }
            if (restoredRevisionId is not null)
            {
                audit.Add(user.Name, AuditActions.ArticleRestored, Target(article), $"phiên bản {restoredRevisionId}");
            }
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            var current = await db.Articles.FirstOrDefaultAsync(a => a.Id == article.Id, cancellationToken);
            return current is null ? new SaveResult<Article>.NotFound() : await ConflictAsync(current, baseVersion, cancellationToken);
        }
        return new SaveResult<Article>.Saved(article);
    }

    /// <summary>
    /// Records on each published or submitted article that shows a library photo that the photo's words changed: a
    /// revision and a new version, so the history says who changed what the article shows, and an approver acts on
    /// what it shows now. The caller saves.
    /// </summary>
    public async Task KeepPhotoChangeAsync(IReadOnlyCollection<int> articleIds, string note, string userName, CancellationToken cancellationToken = default)
    {
        var now = time.GetUtcNow().UtcDateTime;
        foreach (var article in await db.Articles.Where(a => articleIds.Contains(a.Id)).ToListAsync(cancellationToken))
        {
            await KeepOriginalAsRevisionAsync(article, cancellationToken);
            Stamp(article, userName, now);
            db.ArticleRevisions.Add(RevisionOf(article, now, userName, note));
        }
    }

    /// <summary>
    /// Makes the article's rows of <see cref="ArticlePhoto"/> (where each library photo is used) say what it shows
    /// now: its cover and the photos of its body. The caller saves.
    /// </summary>
    private async Task KeepPhotoUsesAsync(Article article, IReadOnlyList<int> bodyPhotoIds, CancellationToken cancellationToken)
    {
        var wanted = bodyPhotoIds.ToDictionary(id => id, id => id == article.CoverPhotoId);
        if (article.CoverPhotoId is { } cover)
        {
            wanted[cover] = true;
        }
        var current = await db.ArticlePhotos.Where(u => u.ArticleId == article.Id).ToListAsync(cancellationToken);
        foreach (var use in current)
        {
            if (wanted.Remove(use.PhotoId, out var isCover))
            {
                use.IsCover = isCover;
            }
            else
            {
                db.ArticlePhotos.Remove(use);
            }
        }
        db.ArticlePhotos.AddRange(wanted.Select(w => new ArticlePhoto { ArticleId = article.Id, PhotoId = w.Key, IsCover = w.Value }));
    }

    /// <summary>A new version for any change the next editor must know of: content or status.</summary>
    internal static void Stamp(Article article, string userName, DateTime now)
    {
        article.UpdatedAt = now;
        article.UpdatedBy = userName;
        article.Version = Guid.NewGuid();
    }

    internal static string Target(Article article) => $"#{article.Id} {article.Title}";

    internal static AuditSubject Subject(Article article) => new(ArticleSearchSource.Name, article.Id);

    /// <summary>The slug itself when free, else the first free of slug-2, slug-3, ...</summary>
    public async Task<string> UniqueSlugAsync(string slug, int? exceptArticleId = null, CancellationToken cancellationToken = default)
    {
        if (slug.Length == 0)
        {
            slug = "bai-viet";
        }
        var prefix = slug + "-";
        var except = exceptArticleId ?? 0;
        var taken = (await db.Articles
                .Where(a => (a.Slug == slug || a.Slug.StartsWith(prefix)) && a.Id != except)
                .Select(a => a.Slug)
                .ToListAsync(cancellationToken))
            .Concat(db.Articles.Local.Where(a => a.Id != except).Select(a => a.Slug))
            .ToHashSet(StringComparer.Ordinal);
        if (!taken.Contains(slug))
        {
            return slug;
        }
        for (var n = 2; ; n++)
        {
            var candidate = SlugGenerator.WithSuffix(slug, $"-{n}");
            if (!taken.Contains(candidate))
            {
                return candidate;
            }
        }
    }

    /// <summary>What someone else changed since <paramref name="baseVersion"/>, as far as the history tells.</summary>
    private async Task<SaveResult<Article>.Conflict> ConflictAsync(Article current, Guid? baseVersion, CancellationToken cancellationToken)
    {
        var seen = await db.ArticleRevisions.AsNoTracking()
            .Where(r => r.ArticleId == current.Id && r.Version == baseVersion)
            .OrderBy(r => r.Id).FirstOrDefaultAsync(cancellationToken);
        var names = await db.Categories.AsNoTracking().ToDictionaryAsync(c => c.Id, c => c.Name, cancellationToken);
        var changes = seen is null ? [] : ArticleChanges.Between(ArticleContent.Of(seen), ArticleContent.Of(current), names);
        return new SaveResult<Article>.Conflict(current, changes);
    }

    /// <summary>
    /// Seeded and imported articles have no revision yet: their first edit keeps the original first, so the
    /// history can always go back to it, and a conflict can always say what changed.
    /// </summary>
    internal async Task KeepOriginalAsRevisionAsync(Article article, CancellationToken cancellationToken)
    {
        if (!await db.ArticleRevisions.AnyAsync(r => r.ArticleId == article.Id, cancellationToken))
        {
            db.ArticleRevisions.Add(RevisionOf(article, article.UpdatedAt, article.UpdatedBy.Length > 0 ? article.UpdatedBy : SystemUser, "Bản ban đầu"));
        }
    }

    internal static ArticleRevision RevisionOf(Article article, DateTime at, string userName, string note) => new()
    {
        ArticleId = article.Id,
        Version = article.Version,
        CreatedAt = at,
        CreatedBy = userName,
        Note = note,
        Title = article.Title,
        Slug = article.Slug,
        Summary = article.Summary,
        BodyMarkdown = article.BodyMarkdown,
        Author = article.Author,
        Tags = article.Tags,
        CategoryId = article.CategoryId,
    };
}
