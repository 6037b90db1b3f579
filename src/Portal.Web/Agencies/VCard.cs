using System.Text;

namespace Portal.Web.Agencies;

/// <summary>
/// A vCard 4.0 (RFC 6350): UTF-8, CRLF line ends, text values escaped (<c>\</c>, <c>,</c>, <c>;</c>, newlines) and
/// lines folded at 75 octets without splitting a UTF-8 sequence.
/// </summary>
public sealed class VCard
{
    public const string ContentType = "text/vcard; charset=utf-8";

    private const int LineOctets = 75;

    private readonly StringBuilder _text = new();

    public VCard() => Line("BEGIN:VCARD").Line("VERSION:4.0");

    /// <summary>A property whose value is one text, escaped here; nothing when the value is empty.</summary>
    public VCard Text(string name, string? value) =>
        string.IsNullOrWhiteSpace(value) ? this : Line($"{name}:{Escape(value.Trim())}");

    /// <summary>A structured value (<c>N</c>): each component escaped, joined by <c>;</c>.</summary>
    public VCard Structured(string name, params string[] components) =>
        Line($"{name}:{string.Join(';', components.Select(Escape))}");

    /// <summary>A property whose value is written as given (a URI, <c>KIND:org</c>); nothing when it is empty.</summary>
    public VCard Raw(string nameAndParameters, string? value) =>
        string.IsNullOrWhiteSpace(value) ? this : Line($"{nameAndParameters}:{value.Trim()}");

    public byte[] ToBytes() => Encoding.UTF8.GetBytes(_text + "END:VCARD\r\n");

    public static string Escape(string value) => value
        .Replace("\\", "\\\\", StringComparison.Ordinal)
        .Replace(",", "\\,", StringComparison.Ordinal)
        .Replace(";", "\\;", StringComparison.Ordinal)
        .Replace("\r\n", "\\n", StringComparison.Ordinal)
        .Replace("\n", "\\n", StringComparison.Ordinal)
        .Replace("\r", "\\n", StringComparison.Ordinal);

    /// <summary>
    /// A Vietnamese name as <c>N</c> reads it: the family name first, the given name last, the middle names between
    /// ("Nguyễn Văn Thành": Nguyễn; Thành; Văn).
    /// </summary>
    public static string[] NameParts(string name)
    {
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length switch
        {
            0 => ["", "", "", "", ""],
            1 => ["", words[0], "", "", ""],
            _ => [words[0], words[^1], string.Join(' ', words[1..^1]), "", ""],
        };
    }

    private VCard Line(string line)
    {
        // Folded: at most 75 octets a line, the next ones starting with a space (which counts among their 75).
        var octets = 0;
        foreach (var rune in line.EnumerateRunes())
        {
            var size = rune.Utf8SequenceLength;
            if (octets + size > LineOctets)
            {
                _text.Append("\r\n ");
                octets = 1;
            }
            _text.Append(rune.ToString());
            octets += size;
        }
        _text.Append("\r\n");
        return this;
    }
}
