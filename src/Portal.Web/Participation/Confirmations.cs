namespace Portal.Web.Participation;

/// <summary>
/// What the confirmation page does with a link's token: only its hash is looked up, by every kind that waits for
/// confirmations, the first that holds it deciding. A malformed token is looked up nowhere.
/// </summary>
public sealed class Confirmations(IEnumerable<IConfirmationTarget> targets, TimeProvider time)
{
    public async Task<ConfirmationOutcome> ConfirmAsync(string? token, CancellationToken cancellationToken)
    {
        if (!ConfirmationToken.IsWellFormed(token))
        {
            return ConfirmationOutcome.NotFound;
        }
        var hash = ConfirmationToken.Hash(token!);
        var now = time.GetUtcNow().UtcDateTime;
        foreach (var target in targets)
        {
            var outcome = await target.ConfirmAsync(hash, now, cancellationToken);
            if (outcome.Kind != ConfirmationOutcomeKind.NotFound)
            {
                return outcome;
            }
        }
        return ConfirmationOutcome.NotFound;
    }
}
