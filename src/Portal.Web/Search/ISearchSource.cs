namespace Portal.Web.Search;

/// <summary>A visible item as search orders it: its id and the date it is listed under (newest first).</summary>
public sealed class SearchItem
{
    public int Id { get; init; }
    public DateTime PublishedAt { get; init; }
}

/// <summary>
/// What search asks of a kind of content (articles, and the kinds that follow), registered by the kind in its own
/// feature folder: its name, which of its items citizens may see now, every item's document (for the start-up
/// backfill), and how found ids become results. Search itself knows no kind.
/// </summary>
public interface ISearchSource
{
    /// <summary>The kind's name in <see cref="SearchDocument.Kind"/> and in the kind filter: lower-case a-z.</summary>
    string Kind { get; }

    /// <summary>
    /// The kind's number in its documents' ids (<see cref="SearchDocument.IdOf"/>): fixed once given, never reused,
    /// one per kind (articles 0).
    /// </summary>
    int Number { get; }

    /// <summary>The items citizens may see at <paramref name="now"/>: the kind's one visibility rule.</summary>
    IQueryable<SearchItem> Visible(DateTime now);

    /// <summary>The same rule for SQL an engine writes itself (SQLite's FTS5, which walks the kind's newest-first index).</summary>
    SearchSql Sql { get; }

    /// <summary>The ids of every item, visible or not: each has a document (the start-up backfill makes the missing).</summary>
    IQueryable<int> Ids();

    /// <summary>The documents of the items <paramref name="ids"/>, by id.</summary>
    Task<Dictionary<int, SearchDocumentText>> DocumentsAsync(IReadOnlyCollection<int> ids, CancellationToken cancellationToken);

    /// <summary>
    /// The visible items <paramref name="query"/> names exactly, which the first page of results shows first (a legal
    /// document whose number and symbol was typed); none for most kinds.
    /// </summary>
    Task<IReadOnlyList<int>> NamedAsync(SearchQuery query, DateTime now, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<int>>([]);

    /// <summary>The results for the items found, by id, their snippets around <paramref name="query"/>'s words.</summary>
    Task<Dictionary<int, SearchHit>> HitsAsync(IReadOnlyCollection<int> ids, SearchQuery query, CancellationToken cancellationToken);
}

/// <summary>
/// A kind's rows as raw SQL sees them. <see cref="Visible"/> and <see cref="Hidden"/> are conditions on the
/// alias <c>i</c> with <c>@now</c> and the kind's own <see cref="Parameters"/> (named after the kind, so kinds
/// can share a statement); <see cref="Hidden"/> is written as index ranges, so the few hidden rows are read alone.
/// <see cref="NewestIndex"/>, when the kind has one, is walked for the pages of common words.
/// </summary>
public sealed record SearchSql(
    string Table, string IdColumn, string DateColumn, string? NewestIndex, string Visible, string Hidden,
    IReadOnlyDictionary<string, object> Parameters);
