using System.Security.Cryptography;

namespace Portal.Web.Accounts;

/// <summary>
/// The one-time token of the setup page, which creates the first administrator. It exists only while no
/// user does; it is printed to the log at start-up, so only someone who can read the server's log can use it.
/// </summary>
public sealed class SetupToken
{
    private string? _value;

    public string Issue() => _value ??= Convert.ToHexString(RandomNumberGenerator.GetBytes(16)).ToLowerInvariant();

    public bool IsIssued => Volatile.Read(ref _value) is not null;

    /// <summary>True once for the right token: it is gone from then on, so two people cannot both use it.</summary>
    public bool TryConsume(string? candidate)
    {
        var value = Volatile.Read(ref _value);
        return value is not null && candidate is not null
            && CryptographicOperations.FixedTimeEquals(System.Text.Encoding.UTF8.GetBytes(value), System.Text.Encoding.UTF8.GetBytes(candidate.Trim()))
            && Interlocked.CompareExchange(ref _value, null, value) == value;
    }

    /// <summary>
    /// Drops the token for good once an account exists, however it came (the <c>users add</c> command, say): the
    /// page stays closed even if every account is later deleted by hand, until a restart prints a new token.
    /// </summary>
    public void Revoke() => Volatile.Write(ref _value, null);

    /// <summary>Gives the token back after a setup that failed for another reason (a weak password, say).</summary>
    public void Restore(string value) => Interlocked.CompareExchange(ref _value, value, null);
}
