using System.Linq.Expressions;

namespace Portal.Web.LegalDocuments;

/// <summary>Tình trạng hiệu lực.</summary>
public enum LegalForce
{
    /// <summary>Còn hiệu lực.</summary>
    InForce = 0,

    /// <summary>Chưa có hiệu lực: its date of effect is still to come.</summary>
    NotYetInForce = 1,

    /// <summary>Hết hiệu lực một phần: set by hand.</summary>
    PartlyOutOfForce = 2,

    /// <summary>Hết hiệu lực toàn bộ: expired, replaced or repealed.</summary>
    OutOfForce = 3,
}

/// <summary>
/// The one rule of a document's legal force on a day (Vietnam's date): set by hand if it was, else computed from its
/// dates and <see cref="LegalDocument.OutOfForceOn"/>. The same rule in C# (<see cref="On"/>) and as an expression
/// the database translates (<see cref="Is"/>), for the filters and their counts.
/// </summary>
public static class LegalForceRule
{
    public static LegalForce On(LegalDocument document, DateOnly today) =>
        document.ForceByHand
        ?? (document.OutOfForceOn is { } end && end <= today ? LegalForce.OutOfForce
            : (document.EffectiveOn ?? document.IssuedOn) > today ? LegalForce.NotYetInForce
            : LegalForce.InForce);

    /// <summary>Documents whose force on <paramref name="today"/> is <paramref name="force"/>.</summary>
    public static Expression<Func<LegalDocument, bool>> Is(LegalForce force, DateOnly today) => force switch
    {
        LegalForce.OutOfForce => d => d.ForceByHand == LegalForce.OutOfForce
            || (d.ForceByHand == null && d.OutOfForceOn != null && d.OutOfForceOn <= today),
        LegalForce.NotYetInForce => d => d.ForceByHand == LegalForce.NotYetInForce
            || (d.ForceByHand == null && (d.OutOfForceOn == null || d.OutOfForceOn > today) && (d.EffectiveOn ?? d.IssuedOn) > today),
        LegalForce.InForce => d => d.ForceByHand == LegalForce.InForce
            || (d.ForceByHand == null && (d.OutOfForceOn == null || d.OutOfForceOn > today) && (d.EffectiveOn ?? d.IssuedOn) <= today),
        _ => d => d.ForceByHand == force,
    };

    /// <summary>The Vietnamese label of a force, for badges and filters.</summary>
    public static string Label(LegalForce force) => force switch
    {
        LegalForce.InForce => "Còn hiệu lực",
        LegalForce.NotYetInForce => "Chưa có hiệu lực",
        LegalForce.PartlyOutOfForce => "Hết hiệu lực một phần",
        LegalForce.OutOfForce => "Hết hiệu lực toàn bộ",
        _ => "",
    };
}
