namespace Portal.Web.Search;

/// <summary>
/// The folded copy of one item's text that search reads, for every kind of content alike: lower-case ASCII words,
/// diacritics taken off, one space between words and one at each end (so a phrase is found as " w1 w2 "). Kept in
/// step at save time. Keyed by (<see cref="Kind"/>, <see cref="ItemId"/>); <see cref="Id"/> is the row's own number,
/// which SQLite's FTS5 index needs as its rowid and the word index points at.
/// </summary>
public class SearchDocument
{
    public const int KindMaxLength = 32;

    public int Id { get; set; }
    public required string Kind { get; set; }
    public int ItemId { get; set; }
    public string Title { get; set; } = " ";
    public string Body { get; set; } = " ";
}

/// <summary>One word of one document: the inverted index of the provider-neutral search (SQL Server).</summary>
public class SearchTerm
{
    public const int MaxLength = 64;

    public required string Term { get; set; }
    public int DocumentId { get; set; }
    public SearchDocument? Document { get; set; }
    public bool InTitle { get; set; }
}

/// <summary>An item's text as its search document holds it, folded by <see cref="SearchText.Folded"/>.</summary>
public sealed record SearchDocumentText(string Title, string Body)
{
    /// <summary>The document of a title and a body of plain text (no HTML), folded.</summary>
    public static SearchDocumentText Of(string title, string body) => new(SearchText.Folded(title), SearchText.Folded(body));
}
