using Microsoft.EntityFrameworkCore;
using Portal.Web.Articles;
using Portal.Web.Common;
using Portal.Web.Data;
using Portal.Web.Publishing;
using Portal.Web.Search;

namespace Portal.Web.LegalDocuments;

public sealed record NewsroomDocumentFilter(string? State, string? Text, int Page);

public sealed record NewsroomDocumentRow(
    int Id, string Number, string Abstract, string TypeName, string IssuerName, DateOnly IssuedOn,
    PublicationStatus Status, DateTime? PublishedAt, DateTime UpdatedAt, string UpdatedBy);

/// <summary>A relation seen from one end: the kind and the document at the other end.</summary>
public sealed record RelatedDocument(RelationKind Kind, int Id, string Number, string Abstract, int IssuerId);

/// <summary>A document's relations both ways.</summary>
public sealed record DocumentRelations(IReadOnlyList<RelatedDocument> Acting, IReadOnlyList<RelatedDocument> ActedOn);

/// <summary>One entry of a document's history: who saved, when, and what changed from the entry before.</summary>
public sealed record DocumentHistoryEntry(LegalDocumentRevision Revision, IReadOnlyList<FieldChange> Changes);

/// <summary>The newsroom's view of all documents, whatever their state: its list, a document's form and history.</summary>
public sealed class NewsroomLegalDocuments(PortalDbContext db, ISearch search, TimeProvider time)
{
    public const int PageSize = 25;

    /// <summary>A document whatever its state, with its type, issuer, fields and files (not tracked).</summary>
    public Task<LegalDocument?> FindAsync(int id, CancellationToken cancellationToken = default) =>
        db.LegalDocuments.AsNoTracking().AsSplitQuery()
            .Include(d => d.DocumentType).Include(d => d.Issuer).Include(d => d.Fields).Include(d => d.Files.OrderBy(f => f.SortOrder))
            .FirstOrDefaultAsync(d => d.Id == id, cancellationToken);

    public async Task<DocumentRelations> RelationsAsync(int id, CancellationToken cancellationToken = default)
    {
        var acting = await db.LegalDocumentRelations.AsNoTracking().Where(r => r.DocumentId == id)
            .OrderBy(r => r.Kind).ThenBy(r => r.Id)
            .Select(r => new RelatedDocument(r.Kind, r.TargetId, r.Target!.Number, r.Target.Abstract, r.Target.IssuerId)).ToListAsync(cancellationToken);
        var actedOn = await db.LegalDocumentRelations.AsNoTracking().Where(r => r.TargetId == id)
            .OrderBy(r => r.Kind).ThenBy(r => r.Id)
            .Select(r => new RelatedDocument(r.Kind, r.DocumentId, r.Document!.Number, r.Document.Abstract, r.Document.IssuerId)).ToListAsync(cancellationToken);
        return new DocumentRelations(acting, actedOn);
    }

    /// <summary>
    /// The newsroom's list, newest first (by id: the primary key walks to page 2,000 without a sort). Words are
    /// matched in the search index (abstract, number, files; diacritics optional), or as part of the number.
    /// </summary>
    public async Task<Paged<NewsroomDocumentRow>> SearchAsync(NewsroomDocumentFilter filter, CancellationToken cancellationToken = default)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var documents = db.LegalDocuments.AsNoTracking();
        documents = filter.State switch
        {
            ArticleStates.Draft => documents.Where(d => d.Status == PublicationStatus.Draft),
            ArticleStates.Submitted => documents.Where(d => d.Status == PublicationStatus.Submitted),
            ArticleStates.Scheduled => documents.Where(LegalDocumentVisibility.ScheduledAfter(now)),
            ArticleStates.Published => documents.Where(LegalDocumentVisibility.VisibleAt(now)),
            ArticleStates.Unpublished => documents.Where(d => d.Status == PublicationStatus.Unpublished),
            _ => documents,
        };
        var query = SearchQuery.Parse(filter.Text);
        if (!query.IsEmpty)
        {
            var matching = search.MatchingItems(query, LegalDocumentSearchSource.Name);
            var key = LegalDocumentNumber.Key(filter.Text);
            documents = documents.Where(d => matching.Contains(d.Id) || (key != "" && d.NumberKey.StartsWith(key)));
        }
        return await documents.OrderByDescending(d => d.Id).PageAsync(filter.Page, PageSize, page => page.Select(d => new NewsroomDocumentRow(
            d.Id, d.Number, d.Abstract, d.DocumentType!.Name, d.Issuer!.Name, d.IssuedOn, d.Status, d.PublishedAt, d.UpdatedAt, d.UpdatedBy)), cancellationToken);
    }

    /// <summary>The revisions newest first, each with what it changed from the one before it.</summary>
    public async Task<List<DocumentHistoryEntry>> HistoryAsync(int id, CancellationToken cancellationToken = default)
    {
        var revisions = await db.LegalDocumentRevisions.AsNoTracking().Where(r => r.DocumentId == id)
            .OrderBy(r => r.CreatedAt).ThenBy(r => r.Id).ToListAsync(cancellationToken);
        var entries = new List<DocumentHistoryEntry>();
        LegalDocumentSnapshot? previous = null;
        foreach (var revision in revisions)
        {
            var snapshot = LegalDocumentSnapshot.FromJson(revision.Snapshot);
            entries.Add(new DocumentHistoryEntry(revision, previous is not null && snapshot is not null ? LegalDocumentSnapshot.Changes(previous, snapshot) : []));
            previous = snapshot ?? previous;
        }
        entries.Reverse();
        return entries;
    }

    /// <summary>The choices of the form: every type, issuer and field in the administrators' order.</summary>
    public async Task<(List<DocumentType> Types, List<DocumentIssuer> Issuers, List<DocumentField> Fields)> ChoicesAsync(CancellationToken cancellationToken = default) => (
        await db.DocumentTypes.AsNoTracking().OrderBy(t => t.SortOrder).ThenBy(t => t.Name).ToListAsync(cancellationToken),
        await db.DocumentIssuers.AsNoTracking().OrderBy(i => i.SortOrder).ThenBy(i => i.Name).ToListAsync(cancellationToken),
        await db.DocumentFields.AsNoTracking().OrderBy(f => f.SortOrder).ThenBy(f => f.Name).ToListAsync(cancellationToken));
}
