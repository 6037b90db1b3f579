using Microsoft.EntityFrameworkCore;
using Portal.Web.Common;
using Portal.Web.Data;

namespace Portal.Web.Search;

/// <summary>A visible document that matched: its kind and item, and the date it is listed under.</summary>
public sealed class SearchMatch
{
    public long DocumentId { get; init; }
    public required string Kind { get; init; }
    public int ItemId { get; init; }
    public DateTime PublishedAt { get; init; }
}

/// <summary>
/// What every engine shares: keeping the documents, the kinds' visibility, and turning found (kind, id) pairs into
/// results through the kinds' sources.
/// </summary>
public abstract class SearchBase(PortalDbContext db, TimeProvider time, IEnumerable<ISearchSource> sources) : ISearch
{
    private readonly IReadOnlyList<ISearchSource> _sources = sources.ToList();

    protected PortalDbContext Db => db;

    public bool IsKind(string kind) => _sources.Any(s => s.Kind == kind);

    /// <summary>The id of the document of <paramref name="kind"/>'s item <paramref name="itemId"/>.</summary>
    protected long DocumentId(string kind, int itemId) => SearchDocument.IdOf(
        (_sources.FirstOrDefault(s => s.Kind == kind) ?? throw new InvalidOperationException($"No search source is registered for the kind '{kind}'.")).Number,
        itemId);

    /// <summary>
    /// The first and the last id <paramref name="kind"/>'s documents can have: its items' documents are exactly the ids in
    /// between, so an engine restricts a search to one kind by this range of its primary key, and an item's id is the
    /// document's id less <c>First</c>.
    /// </summary>
    protected (long First, long Last) DocumentIds(string kind)
    {
        var first = DocumentId(kind, 0);
        return (first, first + uint.MaxValue);
    }

    public Task IndexAsync(string kind, Func<int> itemId, SearchDocumentText text, CancellationToken cancellationToken = default)
    {
        if (itemId() == 0)
        {
            db.AfterNextSave(saved => IndexSavedAsync(kind, itemId(), text, saved));
            return Task.CompletedTask;
        }
        return IndexSavedAsync(kind, itemId(), text, cancellationToken);
    }

    /// <summary>Brings a saved item's document in step, tracked for the next save; returns it.</summary>
    protected virtual async Task<SearchDocument> IndexSavedAsync(string kind, int itemId, SearchDocumentText text, CancellationToken cancellationToken)
    {
        var id = DocumentId(kind, itemId);
        // The tracked document if there is one (a key look-up), else the stored one.
        var document = await db.SearchDocuments.FindAsync([id], cancellationToken);
        if (document is null)
        {
            document = new SearchDocument { Id = id, Kind = kind, ItemId = itemId };
            db.Add(document);
        }
        (document.Title, document.Body) = (text.Title, text.Body);
        return document;
    }

    public virtual Task IndexNewAsync(string kind, IReadOnlyDictionary<int, SearchDocumentText> items, CancellationToken cancellationToken = default)
    {
        foreach (var (itemId, text) in items)
        {
            db.Add(new SearchDocument { Id = DocumentId(kind, itemId), Kind = kind, ItemId = itemId, Title = text.Title, Body = text.Body });
        }
        return Task.CompletedTask;
    }

    // At once, in the caller's transaction; its words go with it (a cascade on every provider).
    public async Task RemoveAsync(string kind, int itemId, CancellationToken cancellationToken = default)
    {
        var id = DocumentId(kind, itemId);
        await db.SearchDocuments.Where(d => d.Id == id).ExecuteDeleteAsync(cancellationToken);
        if (db.SearchDocuments.Local.FindEntry(id) is { } tracked)
        {
            tracked.State = EntityState.Detached;
        }
    }

    public async Task<Paged<SearchHit>> SearchAsync(SearchQuery query, int pageNumber, int pageSize, string? kind = null, CancellationToken cancellationToken = default)
    {
        if (kind is not null && !IsKind(kind))
        {
            throw new ArgumentException($"No kind of content is named '{kind}'.", nameof(kind));
        }
        var searched = _sources.Where(s => kind is null || s.Kind == kind).ToList();
        if (query.IsEmpty || searched.Count == 0)
        {
            return Paged<SearchHit>.Empty;
        }
        var now = time.GetUtcNow().UtcDateTime;
        var total = await CountAsync(query, searched, now, cancellationToken);
        var pageCount = Paging.PageCount(total, pageSize);
        if (pageNumber > pageCount || total == 0)
        {
            return new Paged<SearchHit>([], pageNumber, pageCount, total);
        }
        var found = await FindAsync(query, searched, now, (pageNumber - 1) * pageSize, pageSize, cancellationToken);
        if (pageNumber == 1)
        {
            found = await NamedFirstAsync(query, searched, now, found, cancellationToken);
        }
        var hits = new Dictionary<(string, int), SearchHit>();
        foreach (var source in searched)
        {
            var ids = found.Where(f => f.Kind == source.Kind).Select(f => f.ItemId).ToList();
            if (ids.Count > 0)
            {
                foreach (var (id, hit) in await source.HitsAsync(ids, query, cancellationToken))
                {
                    hits[(source.Kind, id)] = hit;
                }
            }
        }
        return new Paged<SearchHit>([.. found.Where(hits.ContainsKey).Select(f => hits[f])], pageNumber, pageCount, total);
    }

    /// <summary>
    /// The first page with the items the query names (a document's number) at its top: taken from where they stood,
    /// or added when they stood on a later page (the page is one longer then, and the item shows again on its own page:
    /// nothing is pushed off the pages).
    /// </summary>
    private static async Task<List<(string Kind, int ItemId)>> NamedFirstAsync(
        SearchQuery query, IReadOnlyList<ISearchSource> searched, DateTime now, List<(string Kind, int ItemId)> found, CancellationToken cancellationToken)
    {
        var named = new List<(string Kind, int ItemId)>();
        foreach (var source in searched)
        {
            named.AddRange((await source.NamedAsync(query, now, cancellationToken)).Select(id => (source.Kind, id)));
        }
        return named.Count == 0 ? found : [.. named, .. found.Except(named)];
    }

    /// <summary>
    /// Every engine's answer, from the folded documents alone (each word a padded " word ", each phrase " w1 w2 "): right
    /// but a scan; an engine with an index of its own answers from it.
    /// </summary>
    public virtual IQueryable<int> MatchingItems(SearchQuery query, string kind)
    {
        var documents = db.SearchDocuments.AsNoTracking().Where(d => d.Kind == kind);
        foreach (var clause in query.Clauses)
        {
            var folded = " " + string.Join(' ', clause) + " ";
            documents = documents.Where(d => d.Title.Contains(folded) || d.Body.Contains(folded));
        }
        return documents.Select(d => d.ItemId);
    }

    /// <summary>How many visible items of <paramref name="searched"/> kinds match.</summary>
    protected abstract Task<int> CountAsync(SearchQuery query, IReadOnlyList<ISearchSource> searched, DateTime now, CancellationToken cancellationToken);

    /// <summary>One page of the matching visible items: title matches first, then newest first.</summary>
    protected abstract Task<List<(string Kind, int ItemId)>> FindAsync(
        SearchQuery query, IReadOnlyList<ISearchSource> searched, DateTime now, int skip, int take, CancellationToken cancellationToken);

    /// <summary>The <paramref name="matching"/> documents whose items are visible now, every searched kind in one query.</summary>
    protected static IQueryable<SearchMatch> Visible(IQueryable<SearchDocument> matching, IReadOnlyList<ISearchSource> searched, DateTime now) =>
        searched.Select(source =>
        {
            var kind = source.Kind;
            return matching.Where(d => d.Kind == kind).Join(source.Visible(now), d => d.ItemId, i => i.Id,
                (d, i) => new SearchMatch { DocumentId = d.Id, Kind = d.Kind, ItemId = d.ItemId, PublishedAt = i.PublishedAt });
        }).Aggregate(Queryable.Concat);

    /// <summary>
    /// One page of <paramref name="matches"/>: those whose documents hold the whole phrase in their title
    /// (<paramref name="phraseInTitle"/>) first, then those in <paramref name="inTitle"/>, then newest first.
    /// </summary>
    protected static async Task<List<(string Kind, int ItemId)>> PageAsync(
        IQueryable<SearchMatch> matches, IQueryable<long> inTitle, int skip, int take, CancellationToken cancellationToken, IQueryable<long>? phraseInTitle = null) =>
        (await (phraseInTitle is null ? matches.OrderBy(m => inTitle.Contains(m.DocumentId) ? 0 : 1)
                : matches.OrderBy(m => phraseInTitle.Contains(m.DocumentId) ? 0 : inTitle.Contains(m.DocumentId) ? 1 : 2))
            .ThenByDescending(m => m.PublishedAt).ThenByDescending(m => m.ItemId).ThenBy(m => m.Kind)
            .Skip(skip).Take(take).Select(m => new { m.Kind, m.ItemId })
            .ToListAsync(cancellationToken)).Select(m => (m.Kind, m.ItemId)).ToList();
}
