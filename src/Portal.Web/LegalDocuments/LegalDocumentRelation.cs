namespace Portal.Web.LegalDocuments;

/// <summary>How one document acts on another, read from the acting document: "B replaces A".</summary>
public enum RelationKind
{
    /// <summary>Thay thế: A is wholly out of force from B's date of effect.</summary>
    Replaces = 0,

    /// <summary>Sửa đổi, bổ sung.</summary>
    Amends = 1,

    /// <summary>Hướng dẫn thi hành.</summary>
    Guides = 2,

    /// <summary>Bãi bỏ: A is wholly out of force from B's date of effect.</summary>
    Repeals = 3,
}

/// <summary>"<see cref="Document"/> <see cref="Kind"/> <see cref="Target"/>", recorded on the acting document and shown from both ends.</summary>
public class LegalDocumentRelation
{
    public int Id { get; set; }

    /// <summary>The acting document (B).</summary>
    public int DocumentId { get; set; }
    public LegalDocument? Document { get; set; }

    public RelationKind Kind { get; set; }

    /// <summary>The document acted on (A).</summary>
    public int TargetId { get; set; }
    public LegalDocument? Target { get; set; }
}

public static class RelationLabels
{
    /// <summary>The relation as the acting document shows it: "Thay thế".</summary>
    public static string Acting(RelationKind kind) => kind switch
    {
        RelationKind.Replaces => "Thay thế",
        RelationKind.Amends => "Sửa đổi, bổ sung",
        RelationKind.Guides => "Hướng dẫn",
        RelationKind.Repeals => "Bãi bỏ",
        _ => "",
    };

    /// <summary>The relation as the document acted on shows it: "Được thay thế bởi".</summary>
    public static string ActedOn(RelationKind kind) => kind switch
    {
        RelationKind.Replaces => "Được thay thế bởi",
        RelationKind.Amends => "Được sửa đổi, bổ sung bởi",
        RelationKind.Guides => "Được hướng dẫn bởi",
        RelationKind.Repeals => "Bị bãi bỏ bởi",
        _ => "",
    };

    /// <summary>Whether the relation ends the target's force from the acting document's date of effect.</summary>
    public static bool EndsForce(RelationKind kind) => kind is RelationKind.Replaces or RelationKind.Repeals;
}
