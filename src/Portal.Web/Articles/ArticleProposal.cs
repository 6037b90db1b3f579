namespace Portal.Web.Articles;

/// <summary>Where a proposed change to a published article stands.</summary>
public enum ProposalStatus
{
    Draft = 0,
    Submitted = 1,
    Returned = 2,
    Published = 3,
    Withdrawn = 4,
}

/// <summary>
/// A change an editor proposes to a published article: the article's content as they would have it, kept apart
/// while the article stays online unchanged, until an approver publishes it or returns it.
/// </summary>
public class ArticleProposal
{
    public int Id { get; set; }
    public int ArticleId { get; set; }

    /// <summary>The article's id while the proposal is open, null once closed: its unique index allows one open proposal per article.</summary>
    public int? OpenArticleId { get; set; }

    /// <summary>The article's <see cref="Article.Version"/> the proposal was made from: the review says when it changed since.</summary>
    public Guid BaseVersion { get; set; }
    public ProposalStatus Status { get; set; }

    public required string Title { get; set; }
    public required string Slug { get; set; }
    public int CategoryId { get; set; }
    public string Summary { get; set; } = "";
    public string Author { get; set; } = "";
    public string BodyMarkdown { get; set; } = "";
    public int? CoverPhotoId { get; set; }

    /// <summary>The tags as typed; the attachments are not proposed (an approver changes them on the article).</summary>
    public string Tags { get; set; } = "";

    public string ReviewComment { get; set; } = "";
    public DateTime CreatedAt { get; set; }
    public string CreatedBy { get; set; } = "";

    /// <summary>The last save of its content (or its submission): the editor the proposal waits for when returned.</summary>
    public DateTime UpdatedAt { get; set; }
    public string UpdatedBy { get; set; } = "";
    public DateTime? DecidedAt { get; set; }
    public string DecidedBy { get; set; } = "";

    /// <summary>Changes on every save and decision; one based on an older version is refused.</summary>
    public Guid Version { get; set; }

    public bool IsOpen => Status is ProposalStatus.Draft or ProposalStatus.Submitted or ProposalStatus.Returned;

    public ArticleContent Content => new(Title, Slug, CategoryId, Summary, Author, BodyMarkdown) { CoverPhotoId = CoverPhotoId, Tags = Tags };
}
