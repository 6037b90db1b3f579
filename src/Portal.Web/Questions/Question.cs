using Portal.Web.LegalDocuments;
using Portal.Web.Publishing;

namespace Portal.Web.Questions;

/// <summary>
/// A citizen's question to the administration and its answer ("Hỏi đáp"). It enters the newsroom's queue once its
/// asker confirms by the e-mailed link; it is assigned to an agency and an editor, answered, approved and published
/// through the workflow (<see cref="IPublishable"/>: the status is the answer's). The asker is e-mailed the answer;
/// citizens see it only if the asker agreed (<see cref="PublishConsent"/>).
/// </summary>
public class Question : IPublishable
{
    public const int TitleMaxLength = 300;
    public const int BodyMaxLength = 5000;
    public const int AnswerMaxLength = 50_000;
    public const int ReasonMaxLength = 1000;
    public const int ReviewCommentMaxLength = 1000;

    public int Id { get; set; }

    /// <summary>The question in a line, its title in lists.</summary>
    public required string Title { get; set; }
    public required string Slug { get; set; }

    /// <summary>The question as typed, plain text (NFC).</summary>
    public required string Body { get; set; }

    /// <summary>Lĩnh vực, from the fields' list the legal documents use.</summary>
    public int FieldId { get; set; }
    public DocumentField? Field { get; set; }

    public string Name { get; set; } = "";

    /// <summary>Normalized (<see cref="Participation.ParticipantEmail"/>); empty once erased.</summary>
    public string Email { get; set; } = "";
    public string Phone { get; set; } = "";
    public bool ShowName { get; set; }

    /// <summary>The asker agreed to publish the question and its answer; if not, only the asker gets the answer.</summary>
    public bool PublishConsent { get; set; }

    public DateTime CreatedAt { get; set; }
    public DateTime ConsentedAt { get; set; }
    public string? TokenHash { get; set; }
    public DateTime? TokenExpiresAt { get; set; }

    /// <summary>When the asker confirmed: the question entered the queue. Overdue is counted in working days from here.</summary>
    public DateTime? ConfirmedAt { get; set; }

    /// <summary>The answering agency, from the issuers' list; null until assigned.</summary>
    public int? AgencyId { get; set; }
    public DocumentIssuer? Agency { get; set; }

    /// <summary>The user name of the editor who answers; empty until assigned.</summary>
    public string AssignedTo { get; set; } = "";

    /// <summary>The answer, plain text in paragraphs; empty until drafted.</summary>
    public string Answer { get; set; } = "";

    /// <summary>When the answer was published (and sent to the asker); null before.</summary>
    public DateTime? AnsweredAt { get; set; }

    /// <summary>Set when the newsroom sets a question aside unanswered (spam, a duplicate), with the reason.</summary>
    public DateTime? DismissedAt { get; set; }
    public string DismissReason { get; set; } = "";

    public DateTime? ErasedAt { get; set; }

    public PublicationStatus Status { get; set; }
    public DateTime? PublishedAt { get; set; }
    public DateTime UpdatedAt { get; set; }
    public string UpdatedBy { get; set; } = "";
    public string ReviewComment { get; set; } = "";
    public Guid Version { get; set; }
}
