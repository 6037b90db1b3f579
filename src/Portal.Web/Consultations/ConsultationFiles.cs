using Portal.Web.Data;
using Portal.Web.Editing;
using Portal.Web.LegalDocuments;
using Portal.Web.LegalDocuments.Files;

namespace Portal.Web.Consultations;

/// <summary>
/// A consultation's files (the draft's, or the summary's): checked, read and kept by the one store legal documents'
/// files go through (<see cref="DocumentFileStore"/>); here only their rows are added and removed.
/// </summary>
public sealed class ConsultationFiles(PortalDbContext db, DocumentFileStore store, TimeProvider time)
{
    /// <summary>
    /// Adds <paramref name="uploads"/> and removes <paramref name="removedIds"/> among the consultation's files of
    /// that part (draft or summary; its files loaded, tracked); the first refusal's message, or null. Additions go
    /// first: a refused file leaves the files to remove as they were. The caller saves.
    /// </summary>
    public async Task<string?> ApplyAsync(Consultation consultation, bool summary, IEnumerable<int> removedIds,
        IEnumerable<DocumentFileUpload> uploads, string userName, CancellationToken cancellationToken)
    {
        foreach (var upload in uploads)
        {
            var keeping = await store.KeepAsync(upload.FileName, upload.Content, cancellationToken);
            if (keeping is SaveResult<KeptDocumentFile>.Invalid invalid)
            {
                return string.Join(" ", invalid.Errors.Values);
            }
            var kept = ((SaveResult<KeptDocumentFile>.Saved)keeping).Value;
            consultation.Files.Add(new ConsultationFile
            {
                IsSummary = summary,
                FileName = kept.FileName,
                Format = kept.Format,
                Length = kept.Length,
                Hash = kept.Hash,
                PageCount = kept.PageCount,
                Text = kept.Text,
                HasText = kept.HasText,
                SortOrder = consultation.Files.Where(f => f.IsSummary == summary).Select(f => f.SortOrder + 1).DefaultIfEmpty(0).Max(),
                UploadedAt = time.GetUtcNow().UtcDateTime,
                UploadedBy = userName,
            });
        }
        foreach (var file in consultation.Files.Where(f => f.IsSummary == summary && f.Id != 0 && removedIds.Contains(f.Id)).ToList())
        {
            await RemoveAsync(consultation, file, cancellationToken);
        }
        return null;
    }

    /// <summary>Every file of the consultation, before it is deleted (its files loaded, tracked).</summary>
    public async Task RemoveAllAsync(Consultation consultation, CancellationToken cancellationToken)
    {
        foreach (var file in consultation.Files.ToList())
        {
            await RemoveAsync(consultation, file, cancellationToken);
        }
    }

    private async Task RemoveAsync(Consultation consultation, ConsultationFile file, CancellationToken cancellationToken)
    {
        consultation.Files.Remove(file);
        db.ConsultationFiles.Remove(file);
        await store.ForgetUnlessUsedAsync(file, file.Hash, cancellationToken);
    }
}
