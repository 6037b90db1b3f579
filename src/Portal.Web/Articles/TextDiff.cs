namespace Portal.Web.Articles;

public enum DiffKind
{
    Same,
    Removed,
    Added,
}

public sealed record DiffLine(DiffKind Kind, string Text);

/// <summary>
/// A line diff (longest common subsequence), for the history page and the edit-conflict message.
/// Common leading and trailing lines are matched first, so an ordinary edit costs little; past a size
/// where the table would be too large, the differing middle is shown as removed then added.
/// </summary>
public static class TextDiff
{
    private const long MaxTableCells = 4_000_000;

    public static IReadOnlyList<DiffLine> Lines(string before, string after)
    {
        var a = Split(before);
        var b = Split(after);
        var prefix = 0;
        while (prefix < a.Length && prefix < b.Length && a[prefix] == b[prefix])
        {
            prefix++;
        }
        var suffix = 0;
        while (suffix < a.Length - prefix && suffix < b.Length - prefix && a[^(suffix + 1)] == b[^(suffix + 1)])
        {
            suffix++;
        }

        var result = new List<DiffLine>(a.Length + b.Length);
        result.AddRange(a[..prefix].Select(l => new DiffLine(DiffKind.Same, l)));
        var middleA = a[prefix..(a.Length - suffix)];
        var middleB = b[prefix..(b.Length - suffix)];
        if ((long)middleA.Length * middleB.Length > MaxTableCells)
        {
            result.AddRange(middleA.Select(l => new DiffLine(DiffKind.Removed, l)));
            result.AddRange(middleB.Select(l => new DiffLine(DiffKind.Added, l)));
        }
        else
        {
            result.AddRange(Middle(middleA, middleB));
        }
        result.AddRange(a[(a.Length - suffix)..].Select(l => new DiffLine(DiffKind.Same, l)));
        return result;
    }

    public static bool HasChanges(IEnumerable<DiffLine> diff) => diff.Any(l => l.Kind != DiffKind.Same);

    private static string[] Split(string text) =>
        text.Length == 0 ? [] : text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');

    private static List<DiffLine> Middle(string[] a, string[] b)
    {
        // lengths[i, j]: the longest common subsequence of a[i..] and b[j..].
        var lengths = new int[a.Length + 1, b.Length + 1];
        for (var i = a.Length - 1; i >= 0; i--)
        {
            for (var j = b.Length - 1; j >= 0; j--)
            {
                lengths[i, j] = a[i] == b[j] ? lengths[i + 1, j + 1] + 1 : Math.Max(lengths[i + 1, j], lengths[i, j + 1]);
            }
        }
        var lines = new List<DiffLine>();
        int x = 0, y = 0;
        while (x < a.Length && y < b.Length)
        {
            if (a[x] == b[y])
            {
                lines.Add(new DiffLine(DiffKind.Same, a[x++]));
                y++;
            }
            else if (lengths[x + 1, y] >= lengths[x, y + 1])
            {
                lines.Add(new DiffLine(DiffKind.Removed, a[x++]));
            }
            else
            {
                lines.Add(new DiffLine(DiffKind.Added, b[y++]));
            }
        }
        lines.AddRange(a[x..].Select(l => new DiffLine(DiffKind.Removed, l)));
        lines.AddRange(b[y..].Select(l => new DiffLine(DiffKind.Added, l)));
        return lines;
    }
}
