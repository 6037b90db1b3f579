using Microsoft.EntityFrameworkCore;
using Portal.Web.Data;
using Portal.Web.Editing;

namespace Portal.Web.Articles;

/// <summary>The revisions of an article: listed, compared two at a time, and restored.</summary>
public sealed class ArticleHistory(PortalDbContext db, ArticleService articles)
{
    public Task<List<ArticleRevision>> RevisionsAsync(int articleId, CancellationToken cancellationToken = default) =>
        db.ArticleRevisions.AsNoTracking().Where(r => r.ArticleId == articleId)
            .OrderByDescending(r => r.CreatedAt).ThenByDescending(r => r.Id).ToListAsync(cancellationToken);

    public Task<IReadOnlyList<FieldChange>> CompareAsync(ArticleRevision older, ArticleRevision newer, CancellationToken cancellationToken = default) =>
        CompareAsync(ArticleContent.Of(older), ArticleContent.Of(newer), cancellationToken);

    /// <summary>What differs between two contents (a proposal and the article online, two revisions), categories by name.</summary>
    public async Task<IReadOnlyList<FieldChange>> CompareAsync(ArticleContent before, ArticleContent after, CancellationToken cancellationToken = default)
    {
        var names = await db.Categories.AsNoTracking().ToDictionaryAsync(c => c.Id, c => c.Name, cancellationToken);
        return ArticleChanges.Between(before, after, names);
    }

    /// <summary>Writes the revision's content back as a new save; a revision of another article is refused.</summary>
    public async Task<SaveResult<Article>> RestoreAsync(int articleId, int revisionId, Guid? baseVersion, NewsroomUser user, CancellationToken cancellationToken = default)
    {
        var revision = await db.ArticleRevisions.AsNoTracking().FirstOrDefaultAsync(r => r.Id == revisionId && r.ArticleId == articleId, cancellationToken);
        if (revision is null)
        {
            return new SaveResult<Article>.Invalid(SaveResult<Article>.FormField, "Phiên bản đã chọn không thuộc bài viết này.");
        }
        var cover = await db.Articles.Where(a => a.Id == articleId).Select(a => a.CoverPhotoId).FirstOrDefaultAsync(cancellationToken);
        return await articles.SaveAsync(articleId, ArticleContent.Of(revision) with { CoverPhotoId = cover }, baseVersion, submit: false, user,
            restoredRevisionId: revision.Id, cancellationToken: cancellationToken);
    }
}
