namespace Portal.Web.LegalDocuments;

/// <summary>
/// What an editor (or an import) writes of a document: every field, its relations by number, and the files to add
/// or remove. <see cref="Id"/> 0 is a new document; else <see cref="Version"/> is the version the change is based on.
/// </summary>
public sealed class LegalDocumentInput
{
    public int Id { get; set; }
    public Guid Version { get; set; }
    public string Number { get; set; } = "";
    public int DocumentTypeId { get; set; }
    public int IssuerId { get; set; }
    public List<int> FieldIds { get; set; } = [];
    public string Signer { get; set; } = "";
    public string SignerTitle { get; set; } = "";
    public DateOnly? IssuedOn { get; set; }
    public DateOnly? EffectiveOn { get; set; }
    public DateOnly? ExpiresOn { get; set; }

    /// <summary>The document states a date of effect before its date of issue (retroactive): allowed when ticked.</summary>
    public bool EffectiveBeforeIssue { get; set; }

    public string Abstract { get; set; } = "";

    /// <summary>The legal force set by hand (with <see cref="ForceNote"/>); null: computed from dates and relations.</summary>
    public LegalForce? ForceByHand { get; set; }
    public string ForceNote { get; set; } = "";

    /// <summary>"This document <c>Kind</c> the one numbered <c>TargetNumber</c>"; blank rows are ignored.</summary>
    public List<LegalDocumentRelationInput> Relations { get; set; } = [];

    /// <summary>Sends the document for approval with the save.</summary>
    public bool Submit { get; set; }

    /// <summary>Files to add with the save (read and refused one by one by the file store).</summary>
    public List<DocumentFileUpload> NewFiles { get; set; } = [];

    /// <summary>Ids of the document's files to remove with the save.</summary>
    public List<int> RemovedFileIds { get; set; } = [];

    /// <summary>The form of an existing document (its target numbers loaded).</summary>
    public static LegalDocumentInput Of(LegalDocument document, IEnumerable<LegalDocumentRelationInput> relations) => new()
    {
        Id = document.Id,
        Version = document.Version,
        Number = document.Number,
        DocumentTypeId = document.DocumentTypeId,
        IssuerId = document.IssuerId,
        FieldIds = [.. document.Fields.Select(f => f.Id)],
        Signer = document.Signer,
        SignerTitle = document.SignerTitle,
        IssuedOn = document.IssuedOn,
        EffectiveOn = document.EffectiveOn,
        ExpiresOn = document.ExpiresOn,
        EffectiveBeforeIssue = document.EffectiveBeforeIssue,
        Abstract = document.Abstract,
        ForceByHand = document.ForceByHand,
        ForceNote = document.ForceNote,
        Relations = [.. relations],
    };
}

/// <summary>One relation as typed: the kind, the target's number and symbol, and its issuer when the number is not enough.</summary>
public sealed record LegalDocumentRelationInput(RelationKind Kind, string TargetNumber, int? TargetIssuerId = null);

/// <summary>A file as uploaded: its name and bytes.</summary>
public sealed record DocumentFileUpload(string FileName, byte[] Content);
