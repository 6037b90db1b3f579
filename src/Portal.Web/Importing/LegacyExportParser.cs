using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Portal.Web.Localization;

namespace Portal.Web.Importing;

/// <summary>One article read from a legacy export.</summary>
public sealed record LegacyArticle(
    string Category,
    string Title,
    DateTime PublishedAtUtc,
    IReadOnlyList<string> Paragraphs,
    string Author,
    long? VisitorFigure);

public sealed record LegacyParseResult(LegacyArticle? Article, string? Error)
{
    public static LegacyParseResult Failed(string error) => new(null, error);
}

/// <summary>
/// Reads the old portal's text export. The time-stamp line (<c>HH:mm | dd/MM/yyyy</c>, Vietnam time) anchors
/// the layout: the title is the line above it and the category the line above that; higher up, the
/// "Số khách đã thăm" figure; below, the body paragraphs and, on the last non-empty line, the author.
/// The export doubles headings ("X X" stands for X) and writes empty paragraphs as a lone no-break space.
/// </summary>
public static partial class LegacyExportParser
{
    private static readonly HashSet<string> PageChrome = new(StringComparer.Ordinal) { "Liên kết site", "Số người truy cập" };

    public static LegacyParseResult Parse(string text)
    {
        var lines = text.Normalize(NormalizationForm.FormC)
            .Replace("\r\n", "\n", StringComparison.Ordinal)
            .Replace('\r', '\n')
            .TrimStart('\uFEFF')
            .Split('\n')
            .Select(line => line.Trim())
            .ToList();

        var stampIndex = lines.FindIndex(line => TimeStampLine().IsMatch(line));
        if (stampIndex < 0)
        {
            return LegacyParseResult.Failed("no time-stamp line 'HH:mm | dd/MM/yyyy' was found");
        }
        if (lines.Skip(stampIndex + 1).Any(line => TimeStampLine().IsMatch(line)))
        {
            return LegacyParseResult.Failed("more than one time-stamp line: the file holds more than one article");
        }

        var stamp = TimeStampLine().Match(lines[stampIndex]);
        if (!DateTime.TryParseExact($"{stamp.Groups["date"].Value} {stamp.Groups["time"].Value}", "dd/MM/yyyy HH:mm",
                CultureInfo.InvariantCulture, DateTimeStyles.None, out var vietnamTime))
        {
            return LegacyParseResult.Failed($"the time stamp '{stamp.Value.Trim()}' is not a valid date and time");
        }

        // Above the time stamp: the page's own chrome, the visitor figure, then the category and the title.
        var above = lines.Take(stampIndex).Where(line => !IsBlank(line)).ToList();
        var figureIndex = above.FindLastIndex(line => VisitorFigureLine().IsMatch(line));
        long? figure = null;
        if (figureIndex >= 0)
        {
            var digits = VisitorFigureLine().Match(above[figureIndex]).Groups["n"].Value;
            if (!long.TryParse(digits.Replace(".", "", StringComparison.Ordinal).Replace(",", "", StringComparison.Ordinal),
                    NumberStyles.None, CultureInfo.InvariantCulture, out var value))
            {
                return LegacyParseResult.Failed($"the visitor figure '{digits}' is not a number");
            }
            figure = value;
        }
        var headings = above.Skip(figureIndex + 1).Select(Undouble).Where(line => !PageChrome.Contains(line)).ToList();
        if (headings.Count < 2)
        {
            return LegacyParseResult.Failed("a category line and a title line must stand above the time stamp");
        }
        var (category, title) = (headings[^2], headings[^1]);

        var body = lines.Skip(stampIndex + 1).Where(line => !IsBlank(line)).ToList();
        if (body.Count < 2)
        {
            return LegacyParseResult.Failed("the article needs at least one body paragraph and an author line below the time stamp");
        }

        return new LegacyParseResult(
            new LegacyArticle(category, title, VietnamTime.ToUtc(vietnamTime), body[..^1], body[^1], figure),
            null);
    }

    /// <summary>"X X" is the export's way of writing the heading X.</summary>
    internal static string Undouble(string line)
    {
        if (line.Length % 2 == 1)
        {
            var half = line.Length / 2;
            if (line[half] == ' ' && line.AsSpan(0, half).SequenceEqual(line.AsSpan(half + 1)))
            {
                return line[..half];
            }
        }
        return line;
    }

    // Lone no-break spaces (and other white space) stand for empty paragraphs.
    private static bool IsBlank(string line) => line.All(char.IsWhiteSpace);

    [GeneratedRegex(@"^(?<time>\d{2}:\d{2})\s*\|\s*(?<date>\d{2}/\d{2}/\d{4})(\s|$)", RegexOptions.CultureInvariant)]
    private static partial Regex TimeStampLine();

    [GeneratedRegex(@"Số khách đã thăm:\s*(?<n>\S+)", RegexOptions.CultureInvariant)]
    private static partial Regex VisitorFigureLine();
}
