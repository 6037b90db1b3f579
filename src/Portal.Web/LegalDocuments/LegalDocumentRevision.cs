namespace Portal.Web.LegalDocuments;

/// <summary>
/// The document as one save left it, for the history: its fields as JSON (<see cref="Snapshot"/>), so fields can be
/// added without a column per field here.
/// </summary>
public class LegalDocumentRevision
{
    public const int NoteMaxLength = 200;

    public int Id { get; set; }
    public int DocumentId { get; set; }

    /// <summary>The document's <see cref="LegalDocument.Version"/> right after this save.</summary>
    public Guid Version { get; set; }
    public DateTime CreatedAt { get; set; }
    public string CreatedBy { get; set; } = "";
    public string Note { get; set; } = "";

    /// <summary>The fields, relations and files (names and hashes) as JSON.</summary>
    public string Snapshot { get; set; } = "";
}
