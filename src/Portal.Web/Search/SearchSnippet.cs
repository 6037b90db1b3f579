namespace Portal.Web.Search;

public sealed record SnippetPart(string Text, bool IsMatch);

/// <summary>
/// A short passage of the original text around the first matched word, as runs of words to show with a
/// space between runs; the runs of matched words are marked.
/// </summary>
public static class SearchSnippet
{
    public const int Words = 32;
    private const int WordsBefore = Words / 4;
    private const string Ellipsis = "…";

    /// <summary>The snippet of a text whose words are separated by spaces.</summary>
    public static IReadOnlyList<SnippetPart> Build(string text, HashSet<string> queryWords) =>
        Build(text.Split(' ', StringSplitOptions.RemoveEmptyEntries), queryWords, complete: true)!;

    /// <summary>The snippet of an article's summary and rendered body, reading the body only as far as needed.</summary>
    public static IReadOnlyList<SnippetPart> Build(string summary, string bodyHtml, HashSet<string> queryWords) =>
        TryBuild(summary, bodyHtml, isWholeBody: true, queryWords)!;

    /// <summary>
    /// The snippet from the start of a body (<paramref name="bodyHtmlStart"/>, the whole body when
    /// <paramref name="isWholeBody"/>), or null when it needs words from further in. With no
    /// <paramref name="queryWords"/> (none is in the text), the opening words.
    /// </summary>
    public static IReadOnlyList<SnippetPart>? TryBuild(string summary, string bodyHtmlStart, bool isWholeBody, HashSet<string> queryWords) =>
        Build(summary.Split(' ', StringSplitOptions.RemoveEmptyEntries).Concat(SearchText.PlainWords(bodyHtmlStart, isWholeBody)), queryWords, isWholeBody);

    private static List<SnippetPart>? Build(IEnumerable<string> text, HashSet<string> queryWords, bool complete)
    {
        var lookup = queryWords.GetAlternateLookup<ReadOnlySpan<char>>();
        bool Matches(string word) => SearchText.HasToken(word, lookup);

        // Read up to the first match, holding the opening words (for a text without one) and the few before it.
        var opening = new List<string>(Words);
        var before = new Queue<string>(WordsBefore + 1);
        var read = 0;
        string? firstMatch = null;
        using var words = text.GetEnumerator();
        while (words.MoveNext())
        {
            if (Matches(words.Current))
            {
                firstMatch = words.Current;
                break;
            }
            if (opening.Count < Words)
            {
                opening.Add(words.Current);
            }
            before.Enqueue(words.Current);
            if (before.Count > WordsBefore)
            {
                before.Dequeue();
            }
            read++;
            // With no word to look for, the opening words and whether more follow are all there is to know.
            if (queryWords.Count == 0 && read > Words)
            {
                break;
            }
        }

        // Past the end of a text that goes on, what comes next is unknown.
        if (firstMatch is null && !complete && !(queryWords.Count == 0 && read > Words))
        {
            return null;
        }
        var start = 0;
        var kept = opening;
        var more = read > Words;
        if (firstMatch is not null)
        {
            start = read - before.Count;
            kept = [.. before, firstMatch];
            var ended = false;
            while (kept.Count < Words && !(ended = !words.MoveNext()))
            {
                kept.Add(words.Current);
            }
            more = !ended && words.MoveNext();
            if ((ended || (!more && kept.Count == Words)) && !complete)
            {
                return null;
            }
        }

        var parts = new List<SnippetPart>();
        if (start > 0)
        {
            parts.Add(new SnippetPart(Ellipsis, false));
        }
        foreach (var word in kept)
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
        if (more)
        {
            parts.Add(new SnippetPart(Ellipsis, false));
        }
        return parts;
    }
}
