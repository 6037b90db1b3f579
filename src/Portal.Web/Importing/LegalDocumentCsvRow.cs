using Portal.Web.LegalDocuments;
using Portal.Web.Publishing;

namespace Portal.Web.Importing;

/// <summary>
/// One well-formed row of an import CSV (<see cref="LegalDocumentCsv"/>): its fields read and checked on their own,
/// before the database is asked about its lists, its relations and its files.
/// </summary>
public sealed record LegalDocumentCsvRow
{
    /// <summary>The line of the file the row starts on (the header is line 1).</summary>
    public required int Line { get; init; }
    public required string Number { get; init; }
    public required string TypeName { get; init; }
    public required string IssuerName { get; init; }
    public required IReadOnlyList<string> FieldNames { get; init; }
    public string Signer { get; init; } = "";
    public string SignerTitle { get; init; } = "";
    public required DateOnly IssuedOn { get; init; }
    public DateOnly? EffectiveOn { get; init; }
    public DateOnly? ExpiresOn { get; init; }
    public bool EffectiveBeforeIssue { get; init; }
    public required string Abstract { get; init; }
    public LegalForce? ForceByHand { get; init; }
    public string ForceNote { get; init; } = "";
    public IReadOnlyList<CsvRelation> Relations { get; init; } = [];
    public IReadOnlyList<string> FileNames { get; init; } = [];
    public PublicationStatus Status { get; init; } = PublicationStatus.Published;

    /// <summary>What makes the row the same document as another: its number's key and its issuer, folded.</summary>
    public string Identity => IdentityOf(Number, IssuerName);

    public static string IdentityOf(string number, string issuerName) =>
        $"{LegalDocumentNumber.Key(number)}|{Localization.VietnameseText.Fold(issuerName)}";
}

/// <summary>"This row <see cref="Kind"/> the document numbered <see cref="TargetNumber"/>".</summary>
public sealed record CsvRelation(RelationKind Kind, string TargetNumber);

/// <summary>A row that was not imported: its line and why, in Vietnamese; its number when it had one, for the rows that point at it.</summary>
public sealed record CsvRowProblem(int Line, string Reason, string Number = "");
