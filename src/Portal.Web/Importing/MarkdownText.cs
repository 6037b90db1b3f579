using System.Text;

namespace Portal.Web.Importing;

/// <summary>Plain text made safe to store as Markdown: it renders as the same text, never as markup.</summary>
public static class MarkdownText
{
    private const string InlineSpecials = "\\`*_[]<>&|~";

    public static string EscapeParagraph(string text)
    {
        var escaped = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            if (InlineSpecials.Contains(c, StringComparison.Ordinal))
            {
                escaped.Append('\\');
            }
            escaped.Append(c);
        }
        // Only at the start of a paragraph do these open a heading, a list, a quote or a code block.
        if (escaped.Length > 0 && "#+-=>".Contains(escaped[0], StringComparison.Ordinal))
        {
            escaped.Insert(0, '\\');
        }
        else
        {
            var digits = 0;
            while (digits < escaped.Length && char.IsAsciiDigit(escaped[digits]))
            {
                digits++;
            }
            if (digits > 0 && digits < escaped.Length && escaped[digits] is '.' or ')')
            {
                escaped.Insert(digits, '\\');
            }
        }
        return escaped.ToString();
    }
}
