using System.Globalization;
using System.Text;
using Portal.Web.Localization;

namespace Portal.Web.Importing;

/// <summary>
/// A sample article under <c>seeds/articles/</c>: a front-matter block of <c>key: value</c> lines between two
/// <c>---</c> lines (title, category slug, author, published in Vietnam time, summary), then the Markdown body.
/// </summary>
public sealed record SeedArticleFile(string Title, string CategorySlug, string Author, DateTime PublishedAtUtc, string Summary, string BodyMarkdown)
{
    public static SeedArticleFile Parse(string name, string text)
    {
        var lines = text.Normalize(NormalizationForm.FormC).Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        if (lines.Length < 3 || lines[0].Trim() != "---")
        {
            throw new FormatException($"{name}: the file must start with a '---' front-matter line");
        }
        var end = Array.FindIndex(lines, 1, line => line.Trim() == "---");
        if (end < 0)
        {
            throw new FormatException($"{name}: the front matter is not closed by '---'");
        }

        var fields = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var line in lines[1..end].Where(l => !string.IsNullOrWhiteSpace(l)))
        {
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon <= 0)
            {
                throw new FormatException($"{name}: '{line}' is not a 'key: value' line");
            }
            fields[line[..colon].Trim()] = line[(colon + 1)..].Trim();
        }

        string Field(string key) => fields.TryGetValue(key, out var value) && value.Length > 0
            ? value
            : throw new FormatException($"{name}: the front matter has no '{key}'");

        if (!DateTime.TryParseExact(Field("published"), "yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var published))
        {
            throw new FormatException($"{name}: 'published' must read yyyy-MM-dd HH:mm (Vietnam time)");
        }
        return new SeedArticleFile(
            Field("title"), Field("category"), Field("author"), VietnamTime.ToUtc(published), Field("summary"),
            string.Join('\n', lines[(end + 1)..]).Trim());
    }
}
