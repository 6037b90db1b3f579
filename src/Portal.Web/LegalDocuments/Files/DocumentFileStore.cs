using System.Text;
using Microsoft.EntityFrameworkCore;
using Portal.Web.Articles.Attachments;
using Portal.Web.Consultations;
using Portal.Web.Data;
using Portal.Web.Editing;
using Portal.Web.Media;

namespace Portal.Web.LegalDocuments.Files;

/// <summary>What a checked, read and kept file gives the row of any kind that carries it.</summary>
public sealed record KeptDocumentFile(string FileName, DocumentFileFormat Format, long Length, string Hash, int? PageCount, string Text, bool HasText);

/// <summary>
/// A document's files: read and checked (<see cref="DocumentFileReader"/>), their bytes kept in the content-addressed
/// <see cref="IPhotoStore"/> (the same bytes twice are one blob), their rows added to or removed from the document.
/// The caller saves the document.
/// </summary>
public sealed class DocumentFileStore(PortalDbContext db, IPhotoStore store, DocumentFileReader reader, TimeProvider time)
{
    /// <summary>The key of the messages about a file, in <see cref="SaveResult{T}.Invalid"/>.</summary>
    public const string Field = "Files";

    public async Task<SaveResult<LegalDocumentFile>> AddAsync(LegalDocument document, string fileName, byte[] content, string userName, CancellationToken ct)
    {
        var keeping = await KeepAsync(fileName, content, ct);
        if (keeping is not SaveResult<KeptDocumentFile>.Saved { Value: var kept })
        {
            return new SaveResult<LegalDocumentFile>.Invalid(((SaveResult<KeptDocumentFile>.Invalid)keeping).Errors);
        }
        var file = new LegalDocumentFile
        {
            FileName = kept.FileName,
            Format = kept.Format,
            Length = kept.Length,
            Hash = kept.Hash,
            PageCount = kept.PageCount,
            Text = kept.Text,
            HasText = kept.HasText,
            SortOrder = document.Files.Count == 0 ? 0 : document.Files.Max(f => f.SortOrder) + 1,
            UploadedAt = time.GetUtcNow().UtcDateTime,
            UploadedBy = userName,
        };
        document.Files.Add(file);
        return new SaveResult<LegalDocumentFile>.Saved(file);
    }

    /// <summary>
    /// Checks and reads an uploaded file and keeps its bytes, for any kind whose rows carry a document file (a legal
    /// document's, a consultation's): what its row holds, or the refusal naming the file. The caller adds the row.
    /// </summary>
    public async Task<SaveResult<KeptDocumentFile>> KeepAsync(string fileName, byte[] content, CancellationToken ct)
    {
        var name = CleanName(fileName);
        var refusal = name.Length == 0 ? DocumentFileMessages.NameMissing
            : name.Length > LegalDocumentFile.FileNameMaxLength ? DocumentFileMessages.NameTooLong
            : null;
        if (refusal is not null)
        {
            return new SaveResult<KeptDocumentFile>.Invalid(Field, refusal);
        }
        var (reading, hash) = await ReadAndKeepAsync(name, content, ct);
        if (reading.Refusal is { } unread)
        {
            return new SaveResult<KeptDocumentFile>.Invalid(Field, unread);
        }
        return new SaveResult<KeptDocumentFile>.Saved(
            new KeptDocumentFile(name, reading.Format, content.LongLength, hash, reading.PageCount, reading.Text, reading.HasText));
    }

    /// <summary>
    /// Forgets the bytes of a file row being removed (a consultation's; a legal document's goes through
    /// <see cref="RemoveAsync"/>) when no other file of any kind and no photo variant has the same hash.
    /// </summary>
    public async Task ForgetUnlessUsedAsync(object removedRow, string hash, CancellationToken ct)
    {
        if (!await InUseElsewhereAsync(removedRow, hash, ct))
        {
            await store.DeleteAsync(hash, ct);
        }
    }

    /// <summary>
    /// Reads and checks a file named <paramref name="name"/> (<see cref="DocumentFileReader"/>) and, when it is
    /// accepted, keeps its bytes under their hash: what every kind's files (documents, consultations) are made from.
    /// </summary>
    public async Task<(DocumentFileReading Reading, string Hash)> ReadAndKeepAsync(string name, byte[] content, CancellationToken ct)
    {
        var reading = await reader.ReadAsync(name, content, ct);
        if (reading.Refusal is not null)
        {
            return (reading, "");
        }
        var hash = PhotoHash.Of(content);
        await store.SaveAsync(hash, DocumentFileFormats.StoredContentType(reading.Format), content, ct);
        return (reading, hash);
    }

    /// <summary>
    /// Removes the file from the document, and forgets its bytes when no other file and no photo variant has the
    /// same hash. The bytes go at once (the database store deletes in the caller's transaction, if it has one): a
    /// save that then fails leaves a row whose file answers 404, never bytes nothing points at.
    /// </summary>
    public async Task RemoveAsync(LegalDocument document, int fileId, CancellationToken ct)
    {
        var file = document.Files.FirstOrDefault(f => f.Id == fileId)
            ?? await db.LegalDocumentFiles.FirstOrDefaultAsync(f => f.Id == fileId && f.DocumentId == document.Id, ct);
        if (file is null)
        {
            return;
        }
        document.Files.Remove(file);
        db.LegalDocumentFiles.Remove(file);
        if (!await InUseElsewhereAsync(file, file.Hash, ct))
        {
            await store.DeleteAsync(file.Hash, ct);
        }
    }

    public Task<PhotoContent?> OpenAsync(LegalDocumentFile file, CancellationToken ct) => store.OpenAsync(file.Hash, ct);

    /// <summary>Where the files' bytes are kept, for the endpoints that serve them.</summary>
    public IPhotoStore Store => store;

    /// <summary>A file of a document citizens may see now (<see cref="LegalDocumentVisibility"/>), without its text; else null.</summary>
    public Task<LegalDocumentFile?> FindVisibleAsync(int fileId, CancellationToken ct)
    {
        var visible = db.LegalDocuments.Where(LegalDocumentVisibility.VisibleAt(time.GetUtcNow().UtcDateTime));
        return WithoutText(db.LegalDocumentFiles.Where(f => f.Id == fileId && visible.Any(d => d.Id == f.DocumentId)), ct);
    }

    /// <summary>A file of any document, a draft's too: for the newsroom only.</summary>
    public Task<LegalDocumentFile?> FindAsync(int fileId, CancellationToken ct) =>
        WithoutText(db.LegalDocumentFiles.Where(f => f.Id == fileId), ct);

    /// <summary>The text may be 2 million characters: serving the bytes needs none of it.</summary>
    private static Task<LegalDocumentFile?> WithoutText(IQueryable<LegalDocumentFile> files, CancellationToken ct) =>
        files.AsNoTracking()
            .Select(f => new LegalDocumentFile
            {
                Id = f.Id,
                DocumentId = f.DocumentId,
                FileName = f.FileName,
                Format = f.Format,
                Length = f.Length,
                Hash = f.Hash,
                PageCount = f.PageCount,
                HasText = f.HasText,
                UploadedAt = f.UploadedAt,
            })
            .FirstOrDefaultAsync(ct);

    /// <summary>Whether a row of any kind other than <paramref name="removedRow"/> (saved, or added in this save) or a photo keeps these bytes.</summary>
    private async Task<bool> InUseElsewhereAsync(object removedRow, string hash, CancellationToken ct)
    {
        var legalId = removedRow is LegalDocumentFile legal ? legal.Id : 0;
        var consultationId = removedRow is ConsultationFile consultation ? consultation.Id : 0;
        var attachmentId = removedRow is ArticleAttachment attachment ? attachment.Id : 0;
        var pending = db.ChangeTracker.Entries<LegalDocumentFile>().Any(e => e.Entity != removedRow && e.Entity.Hash == hash && e.State is EntityState.Added)
            || db.ChangeTracker.Entries<ConsultationFile>().Any(e => e.Entity != removedRow && e.Entity.Hash == hash && e.State is EntityState.Added)
            || db.ChangeTracker.Entries<ArticleAttachment>().Any(e => e.Entity != removedRow && e.Entity.Hash == hash && e.State is EntityState.Added);
        return pending
            || await db.LegalDocumentFiles.AnyAsync(f => f.Hash == hash && f.Id != legalId, ct)
            || await db.ConsultationFiles.AnyAsync(f => f.Hash == hash && f.Id != consultationId, ct)
            || await db.ArticleAttachments.AnyAsync(f => f.Hash == hash && f.Id != attachmentId, ct)
            || await db.PhotoVariants.AnyAsync(v => v.Hash == hash, ct);
    }

    /// <summary>The name without a folder a browser may send (<c>C:\Users\...\x.pdf</c>), NFC, without control characters.</summary>
    public static string CleanName(string fileName)
    {
        var name = fileName.Replace('\\', '/');
        name = name[(name.LastIndexOf('/') + 1)..];
        return new string(name.Where(c => !char.IsControl(c)).ToArray()).Normalize(NormalizationForm.FormC).Trim();
    }
}
