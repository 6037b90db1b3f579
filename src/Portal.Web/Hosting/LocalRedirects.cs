using System.Text;

namespace Portal.Web.Hosting;

/// <summary>
/// Where a "go back to" address (the language switch's returnUrl, the sign-in's ReturnUrl) may send a visitor: a
/// path on this site, written as a Location header can carry it. Vietnamese paths are normal here, and a header
/// takes ASCII only, so every other character goes out percent-encoded as UTF-8; escapes already there stay.
/// </summary>
public static class LocalRedirects
{
    // Not allowed raw in a URL (RFC 3986): sent percent-encoded, as browsers send them.
    private const string Unsafe = " \"<>\\^`{|}";

    /// <summary>The address as an ASCII Location when it is a local path, else <paramref name="fallback"/>.</summary>
    public static string Location(string? url, string fallback) => IsLocal(url) ? Encode(url!) : fallback;

    /// <summary>
    /// A path from the root: not <c>//host</c> or <c>/\host</c> (which browsers read as another site), and no control
    /// character anywhere (a tab or line break that a browser would drop to find <c>//host</c> after all).
    /// </summary>
    public static bool IsLocal(string? url) =>
        !string.IsNullOrEmpty(url) && url[0] == '/'
        && (url.Length == 1 || (url[1] != '/' && url[1] != '\\'))
        && !url.Any(char.IsControl);

    private static string Encode(string url)
    {
        var encoded = new StringBuilder(url.Length);
        Span<byte> bytes = stackalloc byte[4];
        foreach (var rune in url.EnumerateRunes())
        {
            if (rune.IsAscii && !Unsafe.Contains((char)rune.Value, StringComparison.Ordinal))
            {
                encoded.Append((char)rune.Value);
                continue;
            }
            // A lone surrogate enumerates as U+FFFD, so what goes out is always well-formed UTF-8.
            var length = rune.EncodeToUtf8(bytes);
            foreach (var b in bytes[..length])
            {
                encoded.Append('%').Append(b.ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
            }
        }
        return encoded.ToString();
    }
}
