using Microsoft.EntityFrameworkCore;
using Portal.Web.Auditing;
using Portal.Web.Data;
using Portal.Web.Publishing;
using Portal.Web.Search;

namespace Portal.Web.Consultations;

/// <summary>
/// The workflow of consultations: the shared rules (<see cref="Workflow{T}"/>) in their words. A deleted
/// consultation takes its comments (and the personal data in them) and its files' bytes no one else keeps.
/// </summary>
public sealed class ConsultationWorkflow(PortalDbContext db, ISearch search, AuditLog audit, ConsultationFiles files, TimeProvider time)
    : Workflow<Consultation>(db, search, audit, time)
{
    private static readonly WorkflowWords ConsultationWords = new("dự thảo",
        AuditActions.ConsultationPublished, AuditActions.ConsultationScheduled, AuditActions.ConsultationSentBack,
        AuditActions.ConsultationUnpublished, AuditActions.ConsultationDeleted);

    protected override WorkflowWords Words => ConsultationWords;

    protected override string SearchKind => ConsultationService.SearchKind;

    protected override string Title(Consultation item) => item.Title;

    /// <summary>
    /// Comments go first, by hand: a comment's section does not cascade (Restrict), and the database need not
    /// choose which cascade runs first. Files go through the store, so bytes nothing else has are forgotten.
    /// </summary>
    protected override async Task BeforeDeleteAsync(Consultation item, CancellationToken cancellationToken)
    {
        await Db.ConsultationComments.Where(c => c.ConsultationId == item.Id).ExecuteDeleteAsync(cancellationToken);
        await Db.Entry(item).Collection(c => c.Files).LoadAsync(cancellationToken);
        await files.RemoveAllAsync(item, cancellationToken);
    }
}
