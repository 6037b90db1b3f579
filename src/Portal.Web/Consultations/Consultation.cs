using Portal.Web.LegalDocuments;
using Portal.Web.Publishing;

namespace Portal.Web.Consultations;

/// <summary>
/// A draft document put to the public for comment ("Lấy ý kiến dự thảo"): the draft's files, an explanation, the
/// sections people may comment on, and the times it opens and closes. It opens and closes by the clock (no job):
/// every read compares <see cref="OpensAt"/> and <see cref="ClosesAt"/> with now. After closing, the agency's summary
/// ("báo cáo tổng hợp, tiếp thu, giải trình") is published as text and files. It goes through the same workflow as
/// an article (<see cref="IPublishable"/>).
/// </summary>
public class Consultation : IPublishable
{
    public const int TitleMaxLength = 500;
    public const int ExplanationMaxLength = 20_000;
    public const int SummaryMaxLength = 50_000;
    public const int ReviewCommentMaxLength = 1000;

    public int Id { get; set; }
    public required string Title { get; set; }
    public required string Slug { get; set; }

    /// <summary>The drafting agency (cơ quan chủ trì soạn thảo), from the issuers' list the legal documents use.</summary>
    public int IssuerId { get; set; }
    public DocumentIssuer? Issuer { get; set; }

    /// <summary>Why the draft is put to comment and what is asked, plain text in paragraphs.</summary>
    public string Explanation { get; set; } = "";

    /// <summary>UTC. Comments are taken from this instant…</summary>
    public DateTime OpensAt { get; set; }

    /// <summary>…until this one, exclusive: a comment sent at the second of closing is refused.</summary>
    public DateTime ClosesAt { get; set; }

    /// <summary>The parts people may comment on (Điều 1, Chương II); none: comments are on the whole draft.</summary>
    public List<ConsultationSection> Sections { get; set; } = [];

    /// <summary>The draft's files, and the summary's (<see cref="ConsultationFile.IsSummary"/>).</summary>
    public List<ConsultationFile> Files { get; set; } = [];

    /// <summary>The agency's summary after closing, plain text in paragraphs; empty until written.</summary>
    public string SummaryText { get; set; } = "";

    /// <summary>When the summary went public (and those who commented were told); null while unpublished.</summary>
    public DateTime? SummaryPublishedAt { get; set; }

    public PublicationStatus Status { get; set; }
    public DateTime? PublishedAt { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }
    public string UpdatedBy { get; set; } = "";
    public string ReviewComment { get; set; } = "";
    public Guid Version { get; set; }

    /// <summary>Whether comments are taken at <paramref name="now"/> (UTC); visibility is checked apart.</summary>
    public bool IsOpenAt(DateTime now) => OpensAt <= now && now < ClosesAt;
}

/// <summary>A part of the draft people may name in their comment.</summary>
public class ConsultationSection
{
    public const int TitleMaxLength = 300;

    public int Id { get; set; }
    public int ConsultationId { get; set; }
    public int Position { get; set; }
    public required string Title { get; set; }
}

/// <summary>
/// A file of a consultation: the draft, its annexes, or the summary. Checked, read and stored as a legal document's
/// files are (<see cref="LegalDocuments.Files.DocumentFileReader"/>, bytes in <see cref="Media.IPhotoStore"/>).
/// </summary>
public class ConsultationFile
{
    public int Id { get; set; }
    public int ConsultationId { get; set; }

    /// <summary>A file of the summary, published with it after closing; false: a file of the draft.</summary>
    public bool IsSummary { get; set; }
    public int SortOrder { get; set; }
    public required string FileName { get; set; }
    public DocumentFileFormat Format { get; set; }
    public long Length { get; set; }
    public required string Hash { get; set; }
    public int? PageCount { get; set; }
    public string Text { get; set; } = "";
    public bool HasText { get; set; }
    public DateTime UploadedAt { get; set; }
    public string UploadedBy { get; set; } = "";
}
