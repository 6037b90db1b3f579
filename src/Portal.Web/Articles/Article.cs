using Portal.Web.Categories;
using Portal.Web.Media;
using Portal.Web.Publishing;

namespace Portal.Web.Articles;

public class Article : IPublishable
{
    public const int TitleMaxLength = 250;
    public const int SummaryMaxLength = 1000;
    public const int AuthorMaxLength = 200;
    public const int BodyMaxLength = 500_000;
    public const int ReviewCommentMaxLength = 1000;
    public const int TagsMaxLength = 1100;

    public int Id { get; set; }
    public required string Title { get; set; }
    public required string Slug { get; set; }
    public string Summary { get; set; } = "";
    public string BodyMarkdown { get; set; } = "";

    /// <summary>Rendered from <see cref="BodyMarkdown"/> at save time, so no request renders Markdown.</summary>
    public string BodyHtml { get; set; } = "";
    public string Author { get; set; } = "";

    /// <summary>Its tags' names as the editor reads them ("Dân vận, Nông thôn mới"); <see cref="Tags.ArticleTag"/> rows link them.</summary>
    public string Tags { get; set; } = "";

    public int CategoryId { get; set; }
    public Category? Category { get; set; }

    public PublicationStatus Status { get; set; }

    /// <summary>Shown above the article, as its og:image, and as its thumbnail in the lists.</summary>
    public int? CoverPhotoId { get; set; }
    public Photo? CoverPhoto { get; set; }

    /// <summary>UTC. A published article is visible from this instant on, so scheduling needs no job.</summary>
    public DateTime? PublishedAt { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }
    public string UpdatedBy { get; set; } = "";

    /// <summary>The approver's words when the article was sent back to its editor.</summary>
    public string ReviewComment { get; set; } = "";

    /// <summary>Changes on every save; a save based on an older version is refused, never silently applied.</summary>
    public Guid Version { get; set; }
}
