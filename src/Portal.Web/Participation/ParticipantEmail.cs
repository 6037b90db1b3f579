using System.Net.Mail;

namespace Portal.Web.Participation;

/// <summary>
/// A citizen's e-mail address as the portal keeps it: trimmed and lower-case, so the cap per address, the export
/// and the erasure by address find every row of one person whatever case they typed.
/// </summary>
public static class ParticipantEmail
{
    public const int MaxLength = 254;

    /// <summary>The address to keep, or null when it is no single plain address (no display name, no line break, no list).</summary>
    public static string? Normalize(string? typed)
    {
        var value = typed?.Trim().ToLowerInvariant();
        if (string.IsNullOrEmpty(value) || value.Length > MaxLength || value.Any(c => char.IsWhiteSpace(c) || char.IsControl(c))
            || value.Contains(',') || value.Contains(';') || value.Contains('<') || value.Contains('>') || value.Contains('"'))
        {
            return null;
        }
        return MailAddress.TryCreate(value, out var address) && address.Address == value
            && address.Host.Contains('.') && !address.Host.StartsWith('.') && !address.Host.EndsWith('.')
            ? value
            : null;
    }

    /// <summary>
    /// The address as the audit log may name it: its first letters and its domain (<c>ng***@gmail.com</c>), enough
    /// for the administrator who handled a request to recognise it, not enough to write to.
    /// </summary>
    public static string Mask(string email)
    {
        var at = email.LastIndexOf('@');
        if (at <= 0)
        {
            return "***";
        }
        return string.Concat(email.AsSpan(0, at <= 2 ? 1 : 2), "***", email.AsSpan(at));
    }
}
