using Microsoft.EntityFrameworkCore;
using Portal.Web.Auditing;
using Portal.Web.Data;
using Portal.Web.LegalDocuments.Files;
using Portal.Web.Publishing;
using Portal.Web.Search;

namespace Portal.Web.LegalDocuments;

/// <summary>
/// The workflow of legal documents: the shared rules (<see cref="Workflow{T}"/>) in the documents' words. Publishing,
/// unpublishing or deleting a document that replaces or repeals others moves their legal force.
/// </summary>
public sealed class LegalDocumentWorkflow(
    PortalDbContext db, ISearch search, AuditLog audit, LegalForceKeeper force, DocumentFileStore files, TimeProvider time)
    : Workflow<LegalDocument>(db, search, audit, time)
{
    private static readonly WorkflowWords DocumentWords = new("văn bản",
        AuditActions.DocumentPublished, AuditActions.DocumentScheduled, AuditActions.DocumentSentBack,
        AuditActions.DocumentUnpublished, AuditActions.DocumentDeleted);

    private List<int> _targetsOfDeleted = [];

    protected override WorkflowWords Words => DocumentWords;

    protected override string SearchKind => LegalDocumentSearchSource.Name;

    protected override string Title(LegalDocument item) => item.Number;

    protected override async Task AfterChangeAsync(LegalDocument item, CancellationToken cancellationToken) =>
        await force.RecomputeAsync(await force.TargetsOfAsync(item.Id, cancellationToken), cancellationToken);

    /// <summary>The relations pointing at it do not cascade (the foreign key is Restrict): they go first.</summary>
    protected override async Task BeforeDeleteAsync(LegalDocument item, CancellationToken cancellationToken)
    {
        _targetsOfDeleted = await force.TargetsOfAsync(item.Id, cancellationToken);
        Db.LegalDocumentRelations.RemoveRange(await Db.LegalDocumentRelations.Where(r => r.TargetId == item.Id).ToListAsync(cancellationToken));
        // Through the store, so bytes no other file or photo has are forgotten with it.
        foreach (var fileId in await Db.LegalDocumentFiles.Where(f => f.DocumentId == item.Id).Select(f => f.Id).ToListAsync(cancellationToken))
        {
            await files.RemoveAsync(item, fileId, cancellationToken);
        }
    }

    protected override Task AfterDeleteAsync(LegalDocument item, CancellationToken cancellationToken) =>
        force.RecomputeAsync(_targetsOfDeleted, cancellationToken);
}
