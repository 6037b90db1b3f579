using Microsoft.EntityFrameworkCore;
using Portal.Web.Common;
using Portal.Web.Data;
using Portal.Web.Localization;
using Portal.Web.Search;

namespace Portal.Web.LegalDocuments;

/// <summary>A document as the list shows it: number, type, issuer, dates, abstract and its legal force today.</summary>
public sealed record LegalDocumentListItem(
    int Id, string Slug, string Number, string Abstract, string TypeName, string IssuerName, DateOnly IssuedOn, DateOnly? EffectiveOn, LegalForce Force, DateTime PublishedAt);

/// <summary>Another visible document a document's relation names, with the relation read from the page's document.</summary>
public sealed record RelatedDocument(RelationKind Kind, bool Acting, int Id, string Slug, string Number, string TypeName, string Abstract, DateOnly IssuedOn)
{
    public string Label => Acting ? RelationLabels.Acting(Kind) : RelationLabels.ActedOn(Kind);
}

/// <summary>One page of the list under its filters, with the filters' counts.</summary>
public sealed record LegalDocumentListing(LegalDocumentFilter Filter, Paged<LegalDocumentListItem> Page, LegalDocumentFacets Facets);

/// <summary>
/// What citizens may read of the legal documents: those <see cref="LegalDocumentVisibility.VisibleAt"/> now, and of
/// their relations only those whose other end is visible too.
/// </summary>
public sealed class PublishedLegalDocuments(PortalDbContext db, ISearch search, TimeProvider time)
{
    public IQueryable<LegalDocument> Visible() =>
        db.LegalDocuments.AsNoTracking().Where(LegalDocumentVisibility.VisibleAt(time.GetUtcNow().UtcDateTime));

    /// <summary>Today in Vietnam: the day legal force is read on.</summary>
    public DateOnly Today => VietnamTime.Today(time);

    public Task<LegalDocument?> FindAsync(int id, CancellationToken cancellationToken = default) =>
        Visible().AsSplitQuery().Include(d => d.DocumentType).Include(d => d.Issuer)
            .Include(d => d.Fields.OrderBy(f => f.SortOrder).ThenBy(f => f.Name)).Include(d => d.Files.OrderBy(f => f.SortOrder).ThenBy(f => f.Id))
            .FirstOrDefaultAsync(d => d.Id == id, cancellationToken);

    /// <summary>The relations of document <paramref name="id"/> from both ends, to visible documents only.</summary>
    public async Task<List<RelatedDocument>> RelationsAsync(int id, CancellationToken cancellationToken = default)
    {
        var visible = Visible();
        var acting = await db.LegalDocumentRelations.AsNoTracking().Where(r => r.DocumentId == id)
            .Join(visible, r => r.TargetId, d => d.Id, (r, d) => new RelatedDocument(r.Kind, true, d.Id, d.Slug, d.Number, d.DocumentType!.Name, d.Abstract, d.IssuedOn))
            .ToListAsync(cancellationToken);
        var actedOn = await db.LegalDocumentRelations.AsNoTracking().Where(r => r.TargetId == id)
            .Join(visible, r => r.DocumentId, d => d.Id, (r, d) => new RelatedDocument(r.Kind, false, d.Id, d.Slug, d.Number, d.DocumentType!.Name, d.Abstract, d.IssuedOn))
            .ToListAsync(cancellationToken);
        return [.. acting.Concat(actedOn).OrderBy(r => r.Acting ? 0 : 1).ThenBy(r => r.Kind).ThenByDescending(r => r.IssuedOn).ThenByDescending(r => r.Id)];
    }

    /// <summary>
    /// The ids of every document related to <paramref name="id"/>, visible or not: its page carries their tags, so
    /// that publishing, changing or withdrawing one of them evicts it.
    /// </summary>
    public Task<List<int>> RelatedIdsAsync(int id, CancellationToken cancellationToken = default) =>
        db.LegalDocumentRelations.AsNoTracking().Where(r => r.DocumentId == id || r.TargetId == id)
            .Select(r => r.DocumentId == id ? r.TargetId : r.DocumentId).Distinct().ToListAsync(cancellationToken);

    /// <summary>The visible documents matching <paramref name="filter"/> (its words through the search index).</summary>
    public IQueryable<LegalDocument> Filtered(LegalDocumentFilter filter)
    {
        var documents = Visible();
        if (filter.WordQuery is { IsEmpty: false } words)
        {
            var matching = search.MatchingItems(words, LegalDocumentSearchSource.Name);
            documents = documents.Where(d => matching.Contains(d.Id));
        }
        if (filter.NumberKey is { Length: > 0 } key)
        {
            // From the start of one of its runs: "15" finds 15/2024/QĐ-UBND and 3/QĐ-15, not 115/… nor 2015.
            var fromRun = " " + key;
            documents = documents.Where(d => (" " + d.NumberKey).Contains(fromRun));
        }
        if (filter.TypeId is { } typeId)
        {
            documents = documents.Where(d => d.DocumentTypeId == typeId);
        }
        if (filter.IssuerId is { } issuerId)
        {
            documents = documents.Where(d => d.IssuerId == issuerId);
        }
        if (filter.FieldId is { } fieldId)
        {
            documents = documents.Where(d => d.Fields.Any(f => f.Id == fieldId));
        }
        if (filter.Year is { } year)
        {
            var (first, last) = (new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));
            documents = documents.Where(d => d.IssuedOn >= first && d.IssuedOn <= last);
        }
        if (filter.From is { } from)
        {
            documents = documents.Where(d => d.IssuedOn >= from);
        }
        if (filter.To is { } to)
        {
            documents = documents.Where(d => d.IssuedOn <= to);
        }
        if (filter.Force is { } force)
        {
            documents = documents.Where(LegalForceRule.Is(force, Today));
        }
        return documents;
    }

    /// <summary>The types, issuers and fields in their order: the filter's choices.</summary>
    public async Task<DocumentLists> ListsAsync(CancellationToken cancellationToken = default) => new(
        await db.DocumentTypes.AsNoTracking().OrderBy(t => t.SortOrder).ThenBy(t => t.Name).ToListAsync(cancellationToken),
        await db.DocumentIssuers.AsNoTracking().OrderBy(i => i.SortOrder).ThenBy(i => i.Name).ToListAsync(cancellationToken),
        await db.DocumentFields.AsNoTracking().OrderBy(f => f.SortOrder).ThenBy(f => f.Name).ToListAsync(cancellationToken));

    public Task<DocumentIssuer?> FindIssuerAsync(string slug, CancellationToken cancellationToken = default) =>
        db.DocumentIssuers.AsNoTracking().FirstOrDefaultAsync(i => i.Slug == slug, cancellationToken);

    /// <summary>
    /// One page of the documents <paramref name="filter"/> matches, newest issued first, with the filters' counts;
    /// null when the page is past the last. A type, issuer or field no list holds is left out, with a message.
    /// </summary>
    /// <remarks>
    /// As <c>PublishedArticles.CategoryPageAsync</c>: the page's ids are cut from the ordered ids alone (from the
    /// oldest end in the older half), then only the page's rows are read.
    /// </remarks>
    public async Task<LegalDocumentListing?> ListAsync(LegalDocumentFilter filter, int pageNumber, int pageSize, CancellationToken cancellationToken = default)
    {
        var lists = await ListsAsync(cancellationToken);
        filter = lists.WithKnownChoices(filter);
        var matching = Filtered(filter);
        var total = await matching.CountAsync(cancellationToken);
        var pageCount = Paging.PageCount(total, pageSize);
        if (pageNumber < 1 || pageNumber > pageCount)
        {
            return null;
        }
        var pageIds = Paging.PageIds(matching, total, pageNumber, pageSize,
            rows => rows.OrderByDescending(d => d.IssuedOn).ThenByDescending(d => d.Id), rows => rows.OrderBy(d => d.IssuedOn).ThenBy(d => d.Id), d => d.Id);
        var items = await ListItemsAsync(db.LegalDocuments.AsNoTracking().Where(d => pageIds.Contains(d.Id)), cancellationToken);
        var facets = await new LegalDocumentFacetCounter(this, lists).CountAsync(filter, cancellationToken);
        return new LegalDocumentListing(filter, new Paged<LegalDocumentListItem>(items, pageNumber, pageCount, total), facets);
    }

    /// <summary>The newest published documents (of one issuer), newest publication first: the feeds.</summary>
    public Task<List<LegalDocumentListItem>> NewestAsync(int count, int? issuerId = null, CancellationToken cancellationToken = default)
    {
        var visible = issuerId is { } id ? Visible().Where(d => d.IssuerId == id) : Visible();
        var newestIds = visible.OrderByDescending(d => d.PublishedAt).ThenByDescending(d => d.Id).Take(count).Select(d => d.Id);
        return ListItemsAsync(db.LegalDocuments.AsNoTracking().Where(d => newestIds.Contains(d.Id)), cancellationToken,
            byPublication: true);
    }

    public sealed record SitemapEntry(int Id, string Slug, DateTime LastModified);

    public Task<int> CountAsync(CancellationToken cancellationToken = default) => Visible().CountAsync(cancellationToken);

    public Task<DateTime?> LatestPublicationAsync(CancellationToken cancellationToken = default) =>
        Visible().MaxAsync(d => d.PublishedAt, cancellationToken);

    /// <summary>Visible documents for the sitemap, in id order so that its pages stay stable.</summary>
    public Task<List<SitemapEntry>> SitemapEntriesAsync(int skip, int take, CancellationToken cancellationToken = default)
    {
        var pageIds = Visible().OrderBy(d => d.Id).Skip(skip).Take(take).Select(d => d.Id);
        return db.LegalDocuments.AsNoTracking().Where(d => pageIds.Contains(d.Id)).OrderBy(d => d.Id)
            .Select(d => new SitemapEntry(d.Id, d.Slug, d.UpdatedAt > d.PublishedAt!.Value ? d.UpdatedAt : d.PublishedAt.Value))
            .ToListAsync(cancellationToken);
    }

    private async Task<List<LegalDocumentListItem>> ListItemsAsync(IQueryable<LegalDocument> rows, CancellationToken cancellationToken, bool byPublication = false)
    {
        var today = Today;
        var ordered = byPublication
            ? rows.OrderByDescending(d => d.PublishedAt).ThenByDescending(d => d.Id)
            : rows.OrderByDescending(d => d.IssuedOn).ThenByDescending(d => d.Id);
        return (await ordered.Include(d => d.DocumentType).Include(d => d.Issuer).ToListAsync(cancellationToken))
            .Select(d => new LegalDocumentListItem(d.Id, d.Slug, d.Number, d.Abstract, d.DocumentType!.Name, d.Issuer!.Name, d.IssuedOn, d.EffectiveOn,
                LegalForceRule.On(d, today), d.PublishedAt!.Value))
            .ToList();
    }
}

/// <summary>The lists the filters choose from.</summary>
public sealed record DocumentLists(IReadOnlyList<DocumentType> Types, IReadOnlyList<DocumentIssuer> Issuers, IReadOnlyList<DocumentField> Fields)
{
    /// <summary><paramref name="filter"/> without a type, issuer or field no list holds, each named in its problems.</summary>
    public LegalDocumentFilter WithKnownChoices(LegalDocumentFilter filter)
    {
        var problems = filter.Problems.ToList();
        if (filter.TypeId is { } typeId && Types.All(t => t.Id != typeId))
        {
            problems.Add("Không có loại văn bản như đã chọn; bộ lọc này đã được bỏ qua.");
            filter = filter with { TypeId = null };
        }
        if (filter.IssuerId is { } issuerId && Issuers.All(i => i.Id != issuerId))
        {
            problems.Add("Không có cơ quan ban hành như đã chọn; bộ lọc này đã được bỏ qua.");
            filter = filter with { IssuerId = null };
        }
        if (filter.FieldId is { } fieldId && Fields.All(f => f.Id != fieldId))
        {
            problems.Add("Không có lĩnh vực như đã chọn; bộ lọc này đã được bỏ qua.");
            filter = filter with { FieldId = null };
        }
        return filter with { Problems = problems };
    }
}
