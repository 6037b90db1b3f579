using Portal.Web.Publishing;

namespace Portal.Web.LegalDocuments;

/// <summary>
/// A legal or administrative document the province publishes (Nghị định 42/2022/NĐ-CP, Điều 4 khoản 1): its number
/// and symbol, type, issuer, fields, signer, dates, abstract, legal force, relations to other documents and its files.
/// It goes through the same workflow as an article (<see cref="IPublishable"/>).
/// </summary>
public class LegalDocument : IPublishable
{
    public const int NumberMaxLength = 100;
    public const int AbstractMaxLength = 2000;
    public const int SignerMaxLength = 200;
    public const int SignerTitleMaxLength = 200;
    public const int ForceNoteMaxLength = 500;
    public const int ReviewCommentMaxLength = 1000;

    public int Id { get; set; }

    /// <summary>Số ký hiệu as written on the document: <c>15/2024/QĐ-UBND</c>.</summary>
    public required string Number { get; set; }

    /// <summary>
    /// <see cref="Number"/> folded to its letters and digits, one space between runs (<c>15 2024 qd ubnd</c>): how
    /// it is compared, typed with or without slashes and diacritics. Unique per issuer. See <see cref="LegalDocumentNumber"/>.
    /// </summary>
    public string NumberKey { get; set; } = "";

    public required string Slug { get; set; }

    /// <summary>Trích yếu: what the document is about, its title in every list.</summary>
    public required string Abstract { get; set; }

    public int DocumentTypeId { get; set; }
    public DocumentType? DocumentType { get; set; }

    public int IssuerId { get; set; }
    public DocumentIssuer? Issuer { get; set; }

    /// <summary>Lĩnh vực: one or more.</summary>
    public List<DocumentField> Fields { get; set; } = [];

    /// <summary>Người ký and chức vụ.</summary>
    public string Signer { get; set; } = "";
    public string SignerTitle { get; set; } = "";

    /// <summary>Ngày ban hành.</summary>
    public DateOnly IssuedOn { get; set; }

    /// <summary>Ngày có hiệu lực; null when the document states none (it then takes effect on its date of issue).</summary>
    public DateOnly? EffectiveOn { get; set; }

    /// <summary>Ngày hết hiệu lực, when the document itself says so.</summary>
    public DateOnly? ExpiresOn { get; set; }

    /// <summary>Set by the editor when a date of effect before the date of issue is what the document says (retroactive).</summary>
    public bool EffectiveBeforeIssue { get; set; }

    /// <summary>
    /// The first day it is wholly out of force from the dates and relations: the earliest of <see cref="ExpiresOn"/>
    /// and the dates of effect of the published documents that replace or repeal it. Kept by the service on every
    /// save that changes one of them, so the legal force is a condition the database can filter on.
    /// </summary>
    public DateOnly? OutOfForceOn { get; set; }

    /// <summary>The legal force set by hand where dates and relations cannot tell it (partly out of force); null: computed.</summary>
    public LegalForce? ForceByHand { get; set; }

    /// <summary>Why the force was set by hand, shown beside it.</summary>
    public string ForceNote { get; set; } = "";

    public List<LegalDocumentFile> Files { get; set; } = [];

    public PublicationStatus Status { get; set; }
    public DateTime? PublishedAt { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }
    public string UpdatedBy { get; set; } = "";
    public string ReviewComment { get; set; } = "";
    public Guid Version { get; set; }

    /// <summary>The day it takes effect: its date of effect, or its date of issue when it states none.</summary>
    public DateOnly TakesEffectOn => EffectiveOn ?? IssuedOn;
}
