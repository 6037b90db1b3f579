using Microsoft.EntityFrameworkCore;
using Portal.Web.Data;
using Portal.Web.Publishing;

namespace Portal.Web.LegalDocuments;

/// <summary>
/// Keeps <see cref="LegalDocument.OutOfForceOn"/>: the earliest of a document's own <see cref="LegalDocument.ExpiresOn"/>
/// and the dates of effect of the published documents that replace or repeal it. The one place it is computed;
/// called after any saved change that can move it (a relation added or removed, an acting document's date of effect,
/// its publication, unpublication or deletion). The caller saves.
/// </summary>
public sealed class LegalForceKeeper(PortalDbContext db)
{
    private static readonly RelationKind[] EndingKinds = [.. Enum.GetValues<RelationKind>().Where(RelationLabels.EndsForce)];

    /// <summary>The documents the document <paramref name="actingId"/> ends the force of (its Replaces and Repeals targets).</summary>
    public async Task<List<int>> TargetsOfAsync(int actingId, CancellationToken cancellationToken) =>
        await db.LegalDocumentRelations.Where(r => r.DocumentId == actingId && EndingKinds.Contains(r.Kind))
            .Select(r => r.TargetId).Distinct().ToListAsync(cancellationToken);

    /// <summary>Recomputes the documents <paramref name="documentIds"/> from what is saved.</summary>
    public async Task RecomputeAsync(IReadOnlyCollection<int> documentIds, CancellationToken cancellationToken)
    {
        if (documentIds.Count == 0)
        {
            return;
        }
        var ids = documentIds.Distinct().ToList();
        var endings = await db.LegalDocumentRelations.AsNoTracking()
            .Where(r => ids.Contains(r.TargetId) && EndingKinds.Contains(r.Kind) && r.Document!.Status == PublicationStatus.Published)
            .Select(r => new { r.TargetId, Day = r.Document!.EffectiveOn ?? r.Document.IssuedOn })
            .ToListAsync(cancellationToken);
        var earliest = endings.GroupBy(e => e.TargetId).ToDictionary(g => g.Key, g => g.Min(e => e.Day));
        foreach (var document in await db.LegalDocuments.Where(d => ids.Contains(d.Id)).ToListAsync(cancellationToken))
        {
            DateOnly? end = earliest.TryGetValue(document.Id, out var day) ? day : null;
            if (document.ExpiresOn is { } expires && (end is null || expires < end))
            {
                end = expires;
            }
            if (document.OutOfForceOn != end)
            {
                document.OutOfForceOn = end;
            }
        }
    }
}
