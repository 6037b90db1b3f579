namespace Portal.Web.Search;

/// <summary>
/// What a citizen typed, as search understands it: every word must match (folded, so "hoi nghi" finds
/// "Hội nghị"), and a quoted part must match as a phrase. Nothing typed is ever an operator: quotes only group,
/// and `*`, `(`, `NEAR`, `AND`, `-` are plain text, dropped when they are not letters or digits.
/// </summary>
public sealed record SearchQuery(IReadOnlyList<IReadOnlyList<string>> Clauses)
{
    public const int MaxLength = 1000;
    public const int MaxClauses = 16;

    public bool IsEmpty => Clauses.Count == 0;

    /// <summary>Every distinct word of the query.</summary>
    public IReadOnlyList<string> Words => Clauses.SelectMany(c => c).Distinct(StringComparer.Ordinal).ToList();

    /// <summary>The clauses of two words or more, each as the folded phrase " w1 w2 ".</summary>
    public IReadOnlyList<string> Phrases => Clauses.Where(c => c.Count > 1).Select(c => " " + string.Join(' ', c) + " ").ToList();

    /// <summary>
    /// Every word as typed, in order, as one phrase: a title holding it ranks above a title holding the words apart
    /// ("dan van" finds "Dân vận" before "văn hóa dân tộc"). None for a query of one clause.
    /// </summary>
    public SearchQuery? WholePhrase => Clauses.Count < 2 ? null : new SearchQuery([Clauses.SelectMany(c => c).ToList()]);

    public static SearchQuery Parse(string? text)
    {
        var clauses = new List<IReadOnlyList<string>>();
        if (string.IsNullOrWhiteSpace(text))
        {
            return new SearchQuery(clauses);
        }
        var parts = text.Split('"');
        for (var i = 0; i < parts.Length; i++)
        {
            var words = SearchText.Tokens(parts[i]).ToList();
            // Odd parts stood between quotes: a phrase. An unclosed quote just opens a phrase to the end.
            if (i % 2 == 1 && words.Count > 1)
            {
                clauses.Add(words);
            }
            else
            {
                clauses.AddRange(words.Select(w => (IReadOnlyList<string>)[w]));
            }
        }
        var distinct = clauses.DistinctBy(c => string.Join(' ', c)).Take(MaxClauses).ToList();
        return new SearchQuery(distinct);
    }
}
