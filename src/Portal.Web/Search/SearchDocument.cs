namespace Portal.Web.Search;

/// <summary>
/// The folded copy of one item's text that search reads, for every kind of content alike: lower-case ASCII words,
/// diacritics taken off, one space between words and one at each end (so a phrase is found as " w1 w2 "). Kept in
/// step at save time. Keyed by (<see cref="Kind"/>, <see cref="ItemId"/>); <see cref="Id"/>, FTS5's rowid and what
/// the word index points at, follows from them (<see cref="IdOf"/>).
/// </summary>
public class SearchDocument
{
    public const int KindMaxLength = 32;

    /// <summary><see cref="IdOf"/> its kind's number and its item.</summary>
    public long Id { get; set; }
    public required string Kind { get; set; }
    public int ItemId { get; set; }
    public string Title { get; set; } = " ";
    public string Body { get; set; } = " ";

    /// <summary>
    /// A document's id: its kind's number (<see cref="ISearchSource.Number"/>) in the high 32 bits, its item's id in
    /// the low. So a search that walks a kind's items reads each one's document by its rowid, with no look-up through
    /// (kind, item) first (at 100,000 articles that look-up doubled a deep page), and an article's document has its
    /// article's id.
    /// </summary>
    public static long IdOf(int kindNumber, int itemId) => ((long)kindNumber << 32) | (uint)itemId;
}

/// <summary>One word of one document: the inverted index of the provider-neutral search (SQL Server).</summary>
public class SearchTerm
{
    public const int MaxLength = 64;

    public required string Term { get; set; }
    public long DocumentId { get; set; }
    public SearchDocument? Document { get; set; }
    public bool InTitle { get; set; }
}

/// <summary>An item's text as its search document holds it, folded by <see cref="SearchText.Folded"/>.</summary>
public sealed record SearchDocumentText(string Title, string Body)
{
    /// <summary>The document of a title and a body of plain text (no HTML), folded.</summary>
    public static SearchDocumentText Of(string title, string body) => new(SearchText.Folded(title), SearchText.Folded(body));
}
