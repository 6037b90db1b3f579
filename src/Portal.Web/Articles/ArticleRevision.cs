namespace Portal.Web.Articles;

/// <summary>The article's content as one save left it: kept for the history, the diff and a restore.</summary>
public class ArticleRevision
{
    public const int NoteMaxLength = 200;

    public int Id { get; set; }
    public int ArticleId { get; set; }

    /// <summary>The article's <see cref="Article.Version"/> right after this save.</summary>
    public Guid Version { get; set; }
    public DateTime CreatedAt { get; set; }
    public string CreatedBy { get; set; } = "";
    public string Note { get; set; } = "";

    public required string Title { get; set; }
    public required string Slug { get; set; }
    public string Summary { get; set; } = "";
    public string BodyMarkdown { get; set; } = "";
    public string Author { get; set; } = "";
    public string Tags { get; set; } = "";
    public int CategoryId { get; set; }
}
