using System.Text;

namespace Portal.Web.Participation;

/// <summary>
/// What a citizen types, as the portal keeps it: line breaks as <c>\n</c>, every other control character dropped
/// (a NUL would cut the text short in SQLite and is refused by PostgreSQL), tabs as spaces, trimmed, in NFC. One
/// rule for the comment form and the question form.
/// </summary>
public static class CitizenText
{
    /// <summary>Text of several lines: a comment, a question.</summary>
    public static string Clean(string? text)
    {
        var lines = (text ?? "").Replace("\r\n", "\n").Replace('\r', '\n');
        var kept = new StringBuilder(lines.Length);
        foreach (var c in lines)
        {
            if (c is '\n' or '\t' || !char.IsControl(c))
            {
                kept.Append(c == '\t' ? ' ' : c);
            }
        }
        return kept.ToString().Trim().Normalize(NormalizationForm.FormC);
    }

    /// <summary>A field of one line (a name, a phone): a line break becomes a space.</summary>
    public static string OneLine(string? text) => Clean(text).Replace('\n', ' ');
}
