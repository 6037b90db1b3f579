using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using Portal.Web.Articles;

namespace Portal.Web.LegalDocuments;

/// <summary>
/// A document as one save left it, kept as JSON in <see cref="LegalDocumentRevision.Snapshot"/>: every field (lists by
/// name, so a renamed type still reads as it was), its relations and its files (names and hashes).
/// </summary>
public sealed record LegalDocumentSnapshot(
    string Number,
    string Type,
    string Issuer,
    IReadOnlyList<string> Fields,
    string Signer,
    string SignerTitle,
    DateOnly IssuedOn,
    DateOnly? EffectiveOn,
    DateOnly? ExpiresOn,
    bool EffectiveBeforeIssue,
    string Abstract,
    LegalForce? ForceByHand,
    string ForceNote,
    IReadOnlyList<SnapshotRelation> Relations,
    IReadOnlyList<SnapshotFile> Files)
{
    private static readonly JsonSerializerOptions Json = new()
    {
        // Vietnamese kept readable in the database.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>The snapshot of a document whose type, issuer, fields and files are loaded.</summary>
    public static LegalDocumentSnapshot Of(LegalDocument document, IEnumerable<SnapshotRelation> relations) => new(
        document.Number, document.DocumentType?.Name ?? "", document.Issuer?.Name ?? "",
        [.. document.Fields.OrderBy(f => f.SortOrder).ThenBy(f => f.Name, StringComparer.Ordinal).Select(f => f.Name)],
        document.Signer, document.SignerTitle, document.IssuedOn, document.EffectiveOn, document.ExpiresOn,
        document.EffectiveBeforeIssue, document.Abstract, document.ForceByHand, document.ForceNote,
        [.. relations.OrderBy(r => r.Kind).ThenBy(r => r.TargetNumber, StringComparer.Ordinal)],
        [.. document.Files.OrderBy(f => f.SortOrder).Select(f => new SnapshotFile(f.FileName, f.Hash))]);

    public string ToJson() => JsonSerializer.Serialize(this, Json);

    public static LegalDocumentSnapshot? FromJson(string json)
    {
        try
        {
            return string.IsNullOrEmpty(json) ? null : JsonSerializer.Deserialize<LegalDocumentSnapshot>(json, Json);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>The fields that differ between two snapshots, with their Vietnamese names, line by line.</summary>
    public static IReadOnlyList<FieldChange> Changes(LegalDocumentSnapshot before, LegalDocumentSnapshot after) =>
        [.. before.Lines().Zip(after.Lines())
            .Where(p => p.First.Value != p.Second.Value)
            .Select(p => new FieldChange(p.First.Name, TextDiff.Lines(p.First.Value, p.Second.Value)))];

    /// <summary>Each field as the history shows it.</summary>
    public IEnumerable<(string Name, string Value)> Lines()
    {
        yield return ("Số ký hiệu", Number);
        yield return ("Loại văn bản", Type);
        yield return ("Cơ quan ban hành", Issuer);
        yield return ("Lĩnh vực", string.Join(", ", Fields));
        yield return ("Người ký", Signer);
        yield return ("Chức vụ", SignerTitle);
        yield return ("Ngày ban hành", Day(IssuedOn));
        yield return ("Ngày có hiệu lực", EffectiveOn is { } effective ? Day(effective) : "");
        yield return ("Hiệu lực trước ngày ban hành", EffectiveBeforeIssue ? "Có" : "");
        yield return ("Ngày hết hiệu lực", ExpiresOn is { } expires ? Day(expires) : "");
        yield return ("Trích yếu", Abstract);
        yield return ("Tình trạng hiệu lực (đặt tay)", ForceByHand is { } force ? LegalForceRule.Label(force) : "");
        yield return ("Ghi chú hiệu lực", ForceNote);
        yield return ("Văn bản liên quan", string.Join("\n", Relations.Select(r => $"{RelationLabels.Acting(r.Kind)} {r.TargetNumber}")));
        yield return ("Tệp", string.Join("\n", Files.Select(f => $"{f.FileName} ({f.Hash})")));
    }

    private static string Day(DateOnly day) => day.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);
}

public sealed record SnapshotRelation(RelationKind Kind, int TargetId, string TargetNumber);

public sealed record SnapshotFile(string FileName, string Hash);
