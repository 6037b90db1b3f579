using Portal.Web.Articles;

namespace Portal.Web.Search;

/// <summary>
/// The folded copy of an article's text that search reads: lower-case ASCII words, diacritics taken off,
/// one space between words and one at each end (so a phrase is found as " w1 w2 "). Kept in step at save time.
/// </summary>
public class ArticleSearchDocument
{
    public int ArticleId { get; set; }
    public Article? Article { get; set; }
    public string Title { get; set; } = " ";
    public string Body { get; set; } = " ";
}

/// <summary>One word of one article: the inverted index of the provider-neutral search (SQL Server, PostgreSQL).</summary>
public class ArticleSearchTerm
{
    public const int MaxLength = 64;

    public required string Term { get; set; }
    public int ArticleId { get; set; }
    public Article? Article { get; set; }
    public bool InTitle { get; set; }
}
