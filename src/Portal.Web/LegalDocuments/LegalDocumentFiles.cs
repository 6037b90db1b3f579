using Portal.Web.Editing;
using Portal.Web.LegalDocuments.Files;

namespace Portal.Web.LegalDocuments;

/// <summary>The files a save adds to and removes from a document, through the file store, before the save writes them.</summary>
public sealed class LegalDocumentFiles(DocumentFileStore store)
{
    /// <summary>
    /// Applies the input's removals and additions to the tracked document (its files loaded); the first refusal's
    /// message (the store's, naming the file), or null. The caller saves.
    /// </summary>
    public async Task<string?> ApplyAsync(LegalDocument document, LegalDocumentInput input, string userName, CancellationToken cancellationToken)
    {
        foreach (var fileId in input.RemovedFileIds.Distinct())
        {
            await store.RemoveAsync(document, fileId, cancellationToken);
        }
        foreach (var upload in input.NewFiles)
        {
            if (await store.AddAsync(document, upload.FileName, upload.Content, userName, cancellationToken) is SaveResult<LegalDocumentFile>.Invalid invalid)
            {
                return string.Join(" ", invalid.Errors.Values);
            }
        }
        return null;
    }
}
