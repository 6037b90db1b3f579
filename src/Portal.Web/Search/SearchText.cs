using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Portal.Web.Localization;

namespace Portal.Web.Search;

/// <summary>The words search compares: Vietnamese text folded ("Đà Nẵng" → "da", "nang"), letters and digits only.</summary>
public static partial class SearchText
{
    public static IEnumerable<string> Tokens(string text)
    {
        var word = new StringBuilder();
        foreach (var c in VietnameseText.Fold(text))
        {
            if (c is >= 'a' and <= 'z' or >= '0' and <= '9')
            {
                word.Append(c);
                continue;
            }
            if (word.Length > 0)
            {
                yield return Clip(word.ToString());
                word.Clear();
            }
        }
        if (word.Length > 0)
        {
            yield return Clip(word.ToString());
        }
    }

    /// <summary>The form stored in <see cref="SearchDocument"/>: " w1 w2 w3 ", the words of <see cref="Tokens"/>.</summary>
    public static string Folded(string text)
    {
        var folded = VietnameseText.Fold(text);
        var words = new StringBuilder(folded.Length + 2).Append(' ');
        var wordLength = 0;
        foreach (var c in folded)
        {
            if (c is >= 'a' and <= 'z' or >= '0' and <= '9')
            {
                if (wordLength++ < SearchTerm.MaxLength)
                {
                    words.Append(c);
                }
            }
            else if (wordLength > 0)
            {
                words.Append(' ');
                wordLength = 0;
            }
        }
        if (wordLength > 0 || words.Length == 1)
        {
            words.Append(' ');
        }
        return words.ToString();
    }

    /// <summary>The folded body of an article's search document: its summary, the text of its body, its author.</summary>
    public static string DocumentBody(string summary, string bodyText, string author) => Folded($"{summary} {bodyText} {author}");

    /// <summary>The readable text of rendered HTML: tags dropped, entities decoded, white space folded.</summary>
    public static string PlainText(string html) =>
        Spaces().Replace(WebUtility.HtmlDecode(Tags().Replace(html, " ")), " ").Trim();

    /// <summary>
    /// The words of <see cref="PlainText"/>, one at a time, reading no further into the HTML than asked. Of the start
    /// of a longer HTML (not <paramref name="complete"/>), only the words before its last whole tag, which are sure.
    /// </summary>
    public static IEnumerable<string> PlainWords(string html, bool complete = true)
    {
        // Text between tags is decoded alone: no entity spans a tag, as none spans the space a tag becomes.
        for (var start = 0; start < html.Length;)
        {
            var tag = html.IndexOf('<', start);
            var tagEnd = tag < 0 ? -1 : html.IndexOf('>', tag);
            if (tagEnd < 0 && !complete)
            {
                yield break;
            }
            var end = tagEnd < 0 ? html.Length : tag;
            if (end > start)
            {
                foreach (var word in WebUtility.HtmlDecode(html[start..end]).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
                {
                    yield return word;
                }
            }
            start = tagEnd < 0 ? html.Length : tagEnd + 1;
        }
    }

    /// <summary>Whether a token of <paramref name="text"/> is one of <paramref name="words"/>, as <see cref="Tokens"/> would say.</summary>
    public static bool HasToken(ReadOnlySpan<char> text, HashSet<string>.AlternateLookup<ReadOnlySpan<char>> words)
    {
        Span<char> buffer = stackalloc char[256];
        if (text.Length > buffer.Length || !VietnameseText.TryFoldEachCharacter(text, buffer, out var written))
        {
            return Tokens(text.ToString()).Any(words.Set.Contains);
        }
        var folded = buffer[..written];
        for (var start = 0; start < folded.Length;)
        {
            var length = 0;
            while (start + length < folded.Length && folded[start + length] is >= 'a' and <= 'z' or >= '0' and <= '9')
            {
                length++;
            }
            if (length > 0 && words.Contains(folded.Slice(start, Math.Min(length, SearchTerm.MaxLength))))
            {
                return true;
            }
            start += length + 1;
        }
        return false;
    }

    private static string Clip(string word) => word.Length <= SearchTerm.MaxLength ? word : word[..SearchTerm.MaxLength];

    [GeneratedRegex("<[^>]*>")]
    private static partial Regex Tags();

    [GeneratedRegex("\\s+")]
    private static partial Regex Spaces();
}
