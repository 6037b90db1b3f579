using Portal.Web.Common;

namespace Portal.Web.Search;

/// <summary>
/// One result, whatever its kind: what the search page shows of it. <see cref="Address"/> is the item's public
/// path; <see cref="Section"/> the label of where it is filed (an article's category).
/// </summary>
public sealed record SearchHit(
    string Kind, int Id, string Title, string Address, string Summary, DateTime PublishedAt, string Section, IReadOnlyList<SnippetPart> Snippet);

/// <summary>
/// Full-text search of what citizens may see, every kind in one index of folded documents. SQLite uses its FTS5
/// index, PostgreSQL and SQL Server an inverted word index (PostgreSQL's own engine, a tsvector, by choice); all
/// answer the same queries the same way.
/// </summary>
public interface ISearch
{
    /// <summary>
    /// Brings the document of item <paramref name="itemId"/> of <paramref name="kind"/> in step with its text, as part
    /// of the context's next save. A new item (id 0 until saved) gets its document right after the save that gives it its id.
    /// </summary>
    Task IndexAsync(string kind, Func<int> itemId, SearchDocumentText text, CancellationToken cancellationToken = default);

    /// <summary>
    /// Indexes saved items that have no document yet (the generator, the backfill), many at once: far faster than
    /// one by one. The caller saves the context afterwards.
    /// </summary>
    Task IndexNewAsync(string kind, IReadOnlyDictionary<int, SearchDocumentText> items, CancellationToken cancellationToken = default);

    /// <summary>Removes the item's document and its words at once, in the caller's transaction: the item's delete calls it.</summary>
    Task RemoveAsync(string kind, int itemId, CancellationToken cancellationToken = default);

    /// <summary>
    /// Visible items matching every word and phrase, of <paramref name="kind"/> or of every kind (null): title matches
    /// first, then newest first. An unknown kind is refused (<see cref="ArgumentException"/>); check with <see cref="IsKind"/>.
    /// </summary>
    Task<Paged<SearchHit>> SearchAsync(SearchQuery query, int pageNumber, int pageSize, string? kind = null, CancellationToken cancellationToken = default);

    /// <summary>
    /// The ids of <paramref name="kind"/>'s items, visible or not, whose documents hold every word and phrase of
    /// <paramref name="query"/>: a query the database runs as part of the caller's (a list's word filter, with its
    /// counts). The caller applies the kind's own visibility.
    /// </summary>
    IQueryable<int> MatchingItems(SearchQuery query, string kind);

    /// <summary>Whether <paramref name="kind"/> names a registered kind.</summary>
    bool IsKind(string kind);
}
