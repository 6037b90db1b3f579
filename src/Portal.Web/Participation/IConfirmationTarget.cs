namespace Portal.Web.Participation;

public enum ConfirmationOutcomeKind
{
    /// <summary>No row holds the token: never given, mistyped, or used already (confirming clears it).</summary>
    NotFound,
    Expired,
    Confirmed,
}

/// <summary>What confirming did, and where the citizen goes next (the consultation, the questions).</summary>
public sealed record ConfirmationOutcome(ConfirmationOutcomeKind Kind, string Message = "", string? ReturnPath = null)
{
    public static readonly ConfirmationOutcome NotFound = new(ConfirmationOutcomeKind.NotFound);
}

/// <summary>
/// A kind citizens write to that waits for its writer's e-mail confirmation (a comment, a question). The shared
/// confirmation page (<c>/xac-nhan/{token}</c>) asks each target in turn; the one holding the token's hash confirms
/// its row (clearing the hash, putting it in its queue, telling the newsroom) and saves.
/// </summary>
public interface IConfirmationTarget
{
    Task<ConfirmationOutcome> ConfirmAsync(string tokenHash, DateTime now, CancellationToken cancellationToken);
}
