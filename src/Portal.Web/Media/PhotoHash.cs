using System.Security.Cryptography;

namespace Portal.Web.Media;

/// <summary>The address of a variant's bytes: lower-case hex of the first 16 bytes of their SHA-256.</summary>
public static class PhotoHash
{
    public const int Length = 32;

    public static string Of(ReadOnlySpan<byte> bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes)[..(Length / 2)]);

    /// <summary>32 to 64 lower-case hex digits: nothing else reaches a store, a query or a file name.</summary>
    public static bool IsValid(string? hash) =>
        hash is { Length: >= Length and <= 64 } && hash.All(c => char.IsAsciiDigit(c) || c is >= 'a' and <= 'f');

    public static void Check(string hash)
    {
        if (!IsValid(hash))
        {
            throw new ArgumentException("A photo hash is 32 to 64 lower-case hex digits.", nameof(hash));
        }
    }
}
