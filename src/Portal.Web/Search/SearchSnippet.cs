namespace Portal.Web.Search;

public sealed record SnippetPart(string Text, bool IsMatch);

/// <summary>
/// A short passage of the original text around the first matched word, as runs of words to show with a
/// space between runs; the runs of matched words are marked.
/// </summary>
public static class SearchSnippet
{
    public const int Words = 32;
    private const string Ellipsis = "…";

    public static IReadOnlyList<SnippetPart> Build(string text, IReadOnlySet<string> queryWords)
    {
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        bool Matches(string word) => SearchText.Tokens(word).Any(queryWords.Contains);
        var first = Array.FindIndex(words, Matches);
        var start = Math.Max(0, first - (Words / 4));

        var parts = new List<SnippetPart>();
        if (start > 0)
        {
            parts.Add(new SnippetPart(Ellipsis, false));
        }
        foreach (var word in words.Skip(start).Take(Words))
        {
            var match = Matches(word);
            if (parts.Count > 0 && parts[^1].IsMatch == match && parts[^1].Text != Ellipsis)
            {
                parts[^1] = parts[^1] with { Text = parts[^1].Text + " " + word };
            }
            else
            {
                parts.Add(new SnippetPart(word, match));
            }
        }
        if (start + Words < words.Length)
        {
            parts.Add(new SnippetPart(Ellipsis, false));
        }
        return parts;
    }
}
