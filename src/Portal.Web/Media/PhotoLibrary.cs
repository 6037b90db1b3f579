using System.Text;
using Microsoft.EntityFrameworkCore;
using Portal.Web.Articles;
using Portal.Web.Auditing;
using Portal.Web.Common;
using Portal.Web.Data;
using Portal.Web.Editing;
using Portal.Web.Localization;
using Portal.Web.Publishing;

namespace Portal.Web.Media;

/// <summary>
/// The newsroom's photos: upload (checked, re-encoded, stored), the list with search, where each is used, its words,
/// and deletion, refused while an article shows it.
/// </summary>
public sealed class PhotoLibrary(
    PortalDbContext db,
    IPhotoStore store,
    PhotoProcessor processor,
    ArticleBody bodies,
    ArticleService articles,
    AuditLog audit,
    TimeProvider clock,
    ILogger<PhotoLibrary> logger)
{
    /// <summary>
    /// Checks the details and the file, makes the variants and stores them with the photo and its audit entry, or
    /// stores nothing and says why. The file is judged by its content alone; <paramref name="fileName"/> is only logged.
    /// </summary>
    public async Task<SaveResult<Photo>> UploadAsync(Stream content, long? declaredLength, string fileName, PhotoDetails details, string user, CancellationToken ct)
    {
        var (bytes, fileError) = await PhotoProcessor.ReadAsync(content, declaredLength, ct);
        fileError ??= PhotoProcessor.Inspect(bytes!).Error;
        var errors = new Dictionary<string, string>();
        if (fileError is not null)
        {
            errors[PhotoFields.File] = fileError;
        }
        CheckDetails(details, errors);
        if (errors.Count > 0)
        {
            return new SaveResult<Photo>.Invalid(errors);
        }
        var (variants, encodeError) = await processor.EncodeAsync(bytes!, ct);
        if (variants is null)
        {
            logger.LogInformation("Refused the photo {FileName}: {Reason}", fileName, encodeError);
            return new SaveResult<Photo>.Invalid(PhotoFields.File, encodeError!);
        }
        var largest = variants[^1];
        var photo = new Photo
        {
            AltText = Clean(details.AltText),
            Caption = Clean(details.Caption),
            Credit = Clean(details.Credit),
            Width = largest.Width,
            Height = largest.Height,
            UploadedAt = clock.GetUtcNow().UtcDateTime,
            UploadedBy = user,
            Variants = [.. variants.Select(v => new PhotoVariant { Width = v.Width, Height = v.Height, Format = v.Format, Hash = v.Hash, Length = v.Bytes.LongLength })],
        };
        photo.SearchText = SearchTextOf(photo);
        await SaveAsync(photo, variants, user, ct);
        logger.LogInformation("Photo {PhotoId} uploaded by {User} from {FileName}: {Width}×{Height}, {Count} variants",
            photo.Id, user, fileName, photo.Width, photo.Height, variants.Count);
        return new SaveResult<Photo>.Saved(photo);
    }

    /// <summary>
    /// Bytes first, then the rows and the audit entry, in one transaction: on the database store all or nothing; on
    /// the file store, the files written for a save that fails are deleted again (those another photo already had
    /// are kept).
    /// </summary>
    private async Task SaveAsync(Photo photo, IReadOnlyList<EncodedVariant> variants, string user, CancellationToken ct)
    {
        var hashes = variants.Select(v => v.Hash).Distinct().ToList();
        var known = await db.PhotoVariants.Where(v => hashes.Contains(v.Hash)).Select(v => v.Hash).Distinct().ToListAsync(ct);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        AuditEntry? entry = null;
        try
        {
            foreach (var variant in variants)
            {
                await store.SaveAsync(variant.Hash, PhotoContentTypes.Of(variant.Format), variant.Bytes, ct);
            }
            db.Photos.Add(photo);
            // The photo first (the entry names it by its id), then its entry, as ArticleService does.
            await db.SaveChangesAsync(ct);
            entry = audit.Add(user, AuditActions.PhotoUploaded, Target(photo), $"{photo.Width} × {photo.Height}");
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
        }
        catch
        {
            await transaction.RollbackAsync(CancellationToken.None);
            db.Entry(photo).State = EntityState.Detached;
            if (entry is not null)
            {
                db.Entry(entry).State = EntityState.Detached;
            }
            await ForgetAsync(hashes.Except(known));
            throw;
        }
    }

    public Task<Photo?> FindAsync(int id) =>
        db.Photos.AsNoTracking().Include(p => p.Variants).FirstOrDefaultAsync(p => p.Id == id);

    /// <summary>
    /// Newest first; <paramref name="query"/> matches alternative text, caption and credit, diacritics and case aside.
    /// Past the last page, the last.
    /// </summary>
    public async Task<Paged<PhotoListItem>> SearchAsync(string? query, int page, int pageSize)
    {
        pageSize = Math.Clamp(pageSize, 1, 100);
        var photos = db.Photos.AsNoTracking();
        var folded = string.IsNullOrWhiteSpace(query) ? "" : VietnameseText.Fold(query.Normalize(NormalizationForm.FormC)).Trim();
        // Every word, anywhere in the caption or alternative text, as the article search asks (a few words at most).
        foreach (var word in folded.Split(' ', StringSplitOptions.RemoveEmptyEntries).Distinct().Take(8))
        {
            photos = photos.Where(LikePattern.AnyHolds<Photo>(word, p => p.SearchText));
        }
        return await photos.OrderByDescending(p => p.UploadedAt).ThenByDescending(p => p.Id).PageAsync(page, pageSize, rows => rows
            .Include(p => p.Variants)
            .Select(p => new PhotoListItem(p, db.Articles.Count(a => a.CoverPhotoId == p.Id || db.ArticlePhotos.Any(u => u.ArticleId == a.Id && u.PhotoId == p.Id)))));
    }

    /// <summary>The articles that show the photo: as their cover (<c>CoverPhotoId</c>) or per <see cref="ArticlePhoto"/>.</summary>
    public async Task<IReadOnlyList<ArticleUse>> UsesAsync(int photoId)
    {
        var uses = await db.Articles.AsNoTracking()
            .Where(a => a.CoverPhotoId == photoId || db.ArticlePhotos.Any(u => u.ArticleId == a.Id && u.PhotoId == photoId))
            .OrderBy(a => a.Title).ThenBy(a => a.Id)
            .Select(a => new ArticleUse(a.Id, a.Title, a.Slug, a.Status,
                a.CoverPhotoId == photoId || db.ArticlePhotos.Any(u => u.ArticleId == a.Id && u.PhotoId == photoId && u.IsCover)))
            .ToListAsync();
        return uses;
    }

    /// <summary>
    /// Changes a photo's words. What a published or submitted article shows changes only through the workflow: an
    /// editor is refused; an approver's change leaves a revision and a new version on each such article, with the
    /// bodies rendered again and the audit entry, in one transaction.
    /// </summary>
    public async Task<SaveResult<Photo>> UpdateDetailsAsync(int id, PhotoDetails details, NewsroomUser user, CancellationToken ct = default)
    {
        var photo = await db.Photos.Include(p => p.Variants).FirstOrDefaultAsync(p => p.Id == id, ct);
        if (photo is null)
        {
            return new SaveResult<Photo>.NotFound();
        }
        var errors = new Dictionary<string, string>();
        CheckDetails(details, errors);
        if (errors.Count > 0)
        {
            return new SaveResult<Photo>.Invalid(errors);
        }
        var changes = PhotoChanges.Between(photo, new PhotoDetails(Clean(details.AltText), Clean(details.Caption), Clean(details.Credit)));
        if (changes.Count == 0)
        {
            return new SaveResult<Photo>.Saved(photo);
        }
        var uses = await UsesAsync(id);
        var guarded = uses.Where(u => u.Status is PublicationStatus.Published or PublicationStatus.Submitted).ToList();
        if (guarded.Count > 0 && !user.CanPublish)
        {
            return new SaveResult<Photo>.Invalid(PhotoFields.Form, PhotoMessages.ShownByPublished(guarded.Select(u => u.Title)));
        }

        photo.AltText = Clean(details.AltText);
        photo.Caption = Clean(details.Caption);
        photo.Credit = Clean(details.Credit);
        photo.SearchText = SearchTextOf(photo);
        await using (var transaction = await db.Database.BeginTransactionAsync(ct))
        {
            try
            {
                // The bodies are rendered from the library as saved: the photo's new words first.
                await db.SaveChangesAsync(ct);
                await bodies.RenderBodiesShowingAsync(id, ct);
                await articles.KeepPhotoChangeAsync([.. guarded.Select(u => u.ArticleId)], PhotoChanges.Note(id, changes), user.Name, ct);
                audit.Add(user.Name, AuditActions.PhotoChanged, Target(photo), PhotoChanges.Details(changes, guarded.Select(u => u.ArticleId)));
                await db.SaveChangesAsync(ct);
                await transaction.CommitAsync(ct);
            }
            catch (DbUpdateConcurrencyException)
            {
                // Said at the top of the form, which keeps what was typed: saving again is the answer.
                db.ChangeTracker.Clear();
                return new SaveResult<Photo>.Invalid(PhotoFields.Form, PhotoMessages.ArticleSavedMeanwhile);
            }
        }
        return new SaveResult<Photo>.Saved(photo);
    }

    /// <summary>How the audit log names a photo.</summary>
    public static string Target(Photo photo) => $"ảnh #{photo.Id} {photo.AltText}";

    /// <summary>
    /// Deletes the photo, with its audit entry, and the bytes no other photo shares, unless an article shows it:
    /// then the refusal names the articles.
    /// </summary>
    public async Task<SaveResult<Photo>> DeleteAsync(int id, string user)
    {
        var photo = await db.Photos.Include(p => p.Variants).FirstOrDefaultAsync(p => p.Id == id);
        if (photo is null)
        {
            return new SaveResult<Photo>.NotFound();
        }
        var uses = await UsesAsync(id);
        if (uses.Count > 0)
        {
            return new SaveResult<Photo>.Invalid(PhotoFields.Form, PhotoMessages.InUse(uses.Select(u => u.Title)));
        }
        // An official's portrait in the directory is kept too (the foreign key would refuse it with an exception).
        var officials = await db.Officials.Where(o => o.PhotoId == id).Select(o => o.Name).ToListAsync();
        if (officials.Count > 0)
        {
            return new SaveResult<Photo>.Invalid(PhotoFields.Form, $"Chưa xóa được: ảnh đang là ảnh của cán bộ {string.Join(", ", officials.Select(n => $"“{n}”"))} trong cơ cấu tổ chức.");
        }
        var hashes = photo.Variants.Select(v => v.Hash).Distinct().ToList();
        var shared = await db.PhotoVariants.Where(v => v.PhotoId != id && hashes.Contains(v.Hash)).Select(v => v.Hash).Distinct().ToListAsync();
        var orphans = hashes.Except(shared).ToList();
        await using (var transaction = await db.Database.BeginTransactionAsync())
        {
            db.Photos.Remove(photo);
            audit.Add(user, AuditActions.PhotoDeleted, Target(photo));
            await db.SaveChangesAsync();
            if (store is DatabasePhotoStore)
            {
                await ForgetAsync(orphans, throwOnError: true);
            }
            await transaction.CommitAsync();
        }
        if (store is not DatabasePhotoStore)
        {
            await ForgetAsync(orphans);
        }
        return new SaveResult<Photo>.Saved(photo);
    }

    private async Task ForgetAsync(IEnumerable<string> hashes, bool throwOnError = false)
    {
        foreach (var hash in hashes)
        {
            try
            {
                await store.DeleteAsync(hash, CancellationToken.None);
            }
            catch (Exception e) when (!throwOnError && e is IOException or UnauthorizedAccessException or DbUpdateException or InvalidOperationException)
            {
                logger.LogWarning("Could not delete the photo bytes {Hash}: {Reason}", hash, e.Message);
            }
        }
    }

    private static void CheckDetails(PhotoDetails details, Dictionary<string, string> errors)
    {
        var alt = Clean(details.AltText);
        if (alt.Length == 0)
        {
            errors[PhotoFields.AltText] = PhotoMessages.AltTextMissing;
        }
        else if (alt.Length > Photo.AltTextMaxLength)
        {
            errors[PhotoFields.AltText] = PhotoMessages.TooLong("Văn bản thay thế", Photo.AltTextMaxLength);
        }
        if (Clean(details.Caption).Length > Photo.CaptionMaxLength)
        {
            errors[PhotoFields.Caption] = PhotoMessages.TooLong("Chú thích", Photo.CaptionMaxLength);
        }
        if (Clean(details.Credit).Length > Photo.CreditMaxLength)
        {
            errors[PhotoFields.Credit] = PhotoMessages.TooLong("Tên tác giả ảnh", Photo.CreditMaxLength);
        }
    }

    private static string Clean(string? text) => (text ?? "").Trim().Normalize(NormalizationForm.FormC);

    private static string SearchTextOf(Photo photo) => VietnameseText.Fold($"{photo.AltText} {photo.Caption} {photo.Credit}");
}
