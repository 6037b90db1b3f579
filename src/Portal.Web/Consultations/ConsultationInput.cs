using Portal.Web.LegalDocuments;
using Portal.Web.Localization;

namespace Portal.Web.Consultations;

/// <summary>
/// What an editor writes of a consultation. The times are kept as typed (Vietnam time), so a time that is no time
/// comes back to the form as it was typed; the sections are one per line, in their order.
/// <see cref="Id"/> 0 is a new consultation; else <see cref="Version"/> is the version the change is based on.
/// </summary>
public sealed class ConsultationInput
{
    public int Id { get; set; }
    public Guid Version { get; set; }
    public string Title { get; set; } = "";
    public int IssuerId { get; set; }
    public string Explanation { get; set; } = "";
    public string OpensAt { get; set; } = "";
    public string ClosesAt { get; set; } = "";
    public string Sections { get; set; } = "";

    /// <summary>Sends the consultation for approval with the save.</summary>
    public bool Submit { get; set; }

    /// <summary>Draft files to add with the save (read and refused one by one by the file store).</summary>
    public List<DocumentFileUpload> NewFiles { get; set; } = [];

    /// <summary>Ids of the consultation's draft files to remove with the save.</summary>
    public List<int> RemovedFileIds { get; set; } = [];

    public static ConsultationInput Of(Consultation consultation) => new()
    {
        Id = consultation.Id,
        Version = consultation.Version,
        Title = consultation.Title,
        IssuerId = consultation.IssuerId,
        Explanation = consultation.Explanation,
        OpensAt = VietnamTime.FormatTyped(consultation.OpensAt),
        ClosesAt = VietnamTime.FormatTyped(consultation.ClosesAt),
        Sections = string.Join('\n', consultation.Sections.OrderBy(s => s.Position).Select(s => s.Title)),
    };
}
