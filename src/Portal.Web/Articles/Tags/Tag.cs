namespace Portal.Web.Articles.Tags;

/// <summary>A free Vietnamese tag: its name as first typed, and its page's address (folded, unique).</summary>
public class Tag
{
    public const int NameMaxLength = 50;

    public int Id { get; set; }
    public required string Name { get; set; }

    /// <summary>The name lower-cased the Vietnamese way: "Dân vận" and "dân vận" are one tag, "Dân vận" and "Dán vận" two.</summary>
    public required string NameKey { get; set; }

    /// <summary>The folded name (<see cref="SlugGenerator"/>), with a suffix when another name folds the same.</summary>
    public required string Slug { get; set; }
}

/// <summary>An article carries a tag.</summary>
public class ArticleTag
{
    public int ArticleId { get; set; }
    public int TagId { get; set; }
}
