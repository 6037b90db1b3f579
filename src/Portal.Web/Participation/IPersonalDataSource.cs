namespace Portal.Web.Participation;

/// <summary>One row of a person's data, for the export an administrator gives them (Nghị định 13/2023/NĐ-CP).</summary>
public sealed record PersonalDataRecord(string Kind, int Id, DateTime CreatedAt, IReadOnlyList<KeyValuePair<string, string>> Fields);

/// <summary>
/// A kind that keeps citizens' personal data (comments, questions), registered by the kind: what the per-address
/// cap counts, what the export shows, and what erasure and retention remove. Erasing keeps the published text, and
/// the writer's name only if they agreed to show it; the address, phone and organisation go.
/// </summary>
public interface IPersonalDataSource
{
    /// <summary>The kind's name for people: "Góp ý dự thảo", "Hỏi đáp".</summary>
    string Kind { get; }

    /// <summary>Rows written with <paramref name="email"/> (normalized) since <paramref name="since"/>, confirmed or not.</summary>
    Task<int> CountSinceAsync(string email, DateTime since, CancellationToken cancellationToken);

    Task<IReadOnlyList<PersonalDataRecord>> FindAsync(string email, CancellationToken cancellationToken);

    /// <summary>Erases every row of <paramref name="email"/> and saves; returns the rows erased.</summary>
    Task<int> EraseAsync(string email, DateTime now, CancellationToken cancellationToken);

    /// <summary>
    /// Erases the rows whose retention has run out at <paramref name="now"/>: <paramref name="retentionMonths"/>
    /// months after their consultation closed or their question was answered, and unconfirmed rows once their link
    /// has expired. Saves; returns the rows erased.
    /// </summary>
    Task<int> EraseExpiredAsync(DateTime now, int retentionMonths, CancellationToken cancellationToken);
}
