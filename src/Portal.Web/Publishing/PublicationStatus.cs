namespace Portal.Web.Publishing;

/// <summary>Where an item of published content (an article, a legal document) stands in the newsroom's workflow.</summary>
public enum PublicationStatus
{
    Draft = 0,
    Submitted = 1,
    Published = 2,
    Unpublished = 3,
}

/// <summary>
/// What the workflow reads and writes of every kind that goes through it (articles, legal documents): a status, a
/// publication time, a version that changes on every save, and the approver's comment.
/// </summary>
public interface IPublishable
{
    int Id { get; }
    PublicationStatus Status { get; set; }

    /// <summary>UTC. Visible from this instant on when published, so scheduling needs no job.</summary>
    DateTime? PublishedAt { get; set; }
    DateTime UpdatedAt { get; set; }
    string UpdatedBy { get; set; }
    string ReviewComment { get; set; }

    /// <summary>Changes on every save; a save based on an older version is refused, never silently applied.</summary>
    Guid Version { get; set; }
}
