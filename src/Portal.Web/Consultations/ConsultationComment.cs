namespace Portal.Web.Consultations;

public enum CommentState
{
    /// <summary>Sent, its writer not yet confirmed by the e-mailed link; nobody in the newsroom sees it.</summary>
    Unconfirmed = 0,
    AwaitingModeration = 1,
    Published = 2,
    Rejected = 3,
}

/// <summary>
/// A citizen's comment on a draft. The e-mail address is never shown; it confirms the comment and brings the
/// moderator's decision and the summary. Personal data is erased after the retention period
/// (<see cref="Participation.IPersonalDataSource"/>): the published text stays, under the name only if
/// <see cref="ShowName"/>.
/// </summary>
public class ConsultationComment
{
    public const int TextMaxLength = 5000;
    public const int RejectionReasonMaxLength = 1000;

    public int Id { get; set; }
    public int ConsultationId { get; set; }
    public Consultation? Consultation { get; set; }

    /// <summary>The section it is about; null: the whole draft.</summary>
    public int? SectionId { get; set; }
    public ConsultationSection? Section { get; set; }

    public string Name { get; set; } = "";

    /// <summary>Normalized (<see cref="Participation.ParticipantEmail"/>); empty once erased.</summary>
    public string Email { get; set; } = "";
    public string Phone { get; set; } = "";
    public string Organisation { get; set; } = "";
    public bool ShowName { get; set; }

    /// <summary>Plain text as typed (NFC); shown escaped, links not made clickable.</summary>
    public required string Text { get; set; }

    public DateTime CreatedAt { get; set; }
    public DateTime ConsentedAt { get; set; }

    /// <summary>SHA-256 of the confirmation link's token (<see cref="Participation.ConfirmationToken"/>); null once used.</summary>
    public string? TokenHash { get; set; }
    public DateTime? TokenExpiresAt { get; set; }
    public DateTime? ConfirmedAt { get; set; }

    public CommentState State { get; set; }
    public DateTime? ModeratedAt { get; set; }
    public string ModeratedBy { get; set; } = "";
    public string RejectionReason { get; set; } = "";

    /// <summary>When the personal data was erased (by retention or on request); null while kept.</summary>
    public DateTime? ErasedAt { get; set; }
}
