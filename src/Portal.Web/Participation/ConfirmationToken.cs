using System.Security.Cryptography;
using System.Text;

namespace Portal.Web.Participation;

/// <summary>
/// The token of a confirmation link: 32 random bytes, unguessable, written into the e-mail only. The database keeps
/// its SHA-256 (<see cref="Hash"/>), so a copy of the database confirms nothing; confirming clears the hash, so a
/// link works once.
/// </summary>
public static class ConfirmationToken
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(48);

    /// <summary>A lower-case hex SHA-256 is 64 characters.</summary>
    public const int HashLength = 64;

    public static (string Token, string Hash) New()
    {
        var token = Base64Url(RandomNumberGenerator.GetBytes(32));
        return (token, Hash(token));
    }

    public static string Hash(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));

    /// <summary>Whether <paramref name="token"/> has the shape <see cref="New"/> gives: anything else is not looked up.</summary>
    public static bool IsWellFormed(string? token) =>
        token is { Length: 43 } && token.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_');

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
