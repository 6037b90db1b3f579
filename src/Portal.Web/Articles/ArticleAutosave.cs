namespace Portal.Web.Articles;

/// <summary>
/// The editor's form as it stood a few seconds after the last keystroke, kept apart from the article: one per user
/// and article (<see cref="ArticleId"/> null for an article not yet saved). It never changes the article, its version
/// or its history; a real save deletes it, and it is forgotten after <see cref="ArticleAutosaves.KeptDays"/> days.
/// </summary>
public sealed class ArticleAutosave
{
    public int Id { get; set; }

    /// <summary>The newsroom account (Identity's user id) whose typing this is; only they ever see it.</summary>
    public required string UserId { get; set; }

    public int? ArticleId { get; set; }

    /// <summary>The article's version the form was opened on: a restore saves against it, so a newer save is a conflict.</summary>
    public Guid? BaseVersion { get; set; }

    public string Title { get; set; } = "";
    public string Slug { get; set; } = "";
    public int? CategoryId { get; set; }
    public string Summary { get; set; } = "";
    public string Author { get; set; } = "";
    public string BodyMarkdown { get; set; } = "";
    public int? CoverPhotoId { get; set; }

    /// <summary>UTC.</summary>
    public DateTime SavedAt { get; set; }
}
