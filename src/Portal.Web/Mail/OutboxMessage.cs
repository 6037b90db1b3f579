namespace Portal.Web.Mail;

/// <summary>Where a message stands in the outbox.</summary>
public enum OutboxState
{
    /// <summary>Waiting for its first try, or for its next one after a failure (<see cref="OutboxMessage.NextAttemptAt"/>).</summary>
    Queued = 0,
    Sent = 1,

    /// <summary>Given up after the last retry, or refused for good by the server; an administrator can send it again.</summary>
    Failed = 2,
}

/// <summary>
/// One e-mail, written in the same transaction as what caused it (a comment, a question, an answer), and sent later
/// by the outbox's background sender. Its Message-Id is fixed here, when it is written, so a retry after a lost
/// answer from the server is the same message, never a second one.
/// </summary>
public class OutboxMessage
{
    public const int AddressMaxLength = 254;
    public const int NameMaxLength = 200;
    public const int SubjectMaxLength = 300;
    public const int PurposeMaxLength = 60;
    public const int ErrorMaxLength = 1000;
    public const int MessageIdMaxLength = 120;

    public long Id { get; set; }

    /// <summary>RFC 5322 Message-Id without the angle brackets: <c>9c1f…@portal.example.gov.vn</c>.</summary>
    public required string MessageId { get; set; }

    public required string ToAddress { get; set; }
    public string ToName { get; set; } = "";
    public required string Subject { get; set; }
    public required string TextBody { get; set; }
    public required string HtmlBody { get; set; }

    /// <summary>What the message is for, in the newsroom's list and the logs: <c>comment-confirmation</c>, <c>answer</c>.</summary>
    public required string Purpose { get; set; }

    public OutboxState State { get; set; }
    public int Attempts { get; set; }
    public DateTime CreatedAt { get; set; }

    /// <summary>UTC; the sender takes queued messages whose time has come, oldest first.</summary>
    public DateTime NextAttemptAt { get; set; }
    public DateTime? SentAt { get; set; }

    /// <summary>The server's last refusal or the connection's failure, for the newsroom (never the message's content).</summary>
    public string LastError { get; set; } = "";

    /// <summary>Set while a sender holds the message, so two servers sharing a database never both send it.</summary>
    public DateTime? LockedUntil { get; set; }
}
