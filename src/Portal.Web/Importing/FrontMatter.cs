using System.Text;

namespace Portal.Web.Importing;

/// <summary>A seed file: a block of <c>key: value</c> lines between two <c>---</c> lines, then the Markdown body.</summary>
public sealed record FrontMatter(string Name, IReadOnlyDictionary<string, string> Fields, string Body)
{
    public static FrontMatter Parse(string name, string text)
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
        return new FrontMatter(name, fields, string.Join('\n', lines[(end + 1)..]).Trim());
    }

    public string Required(string key) => Fields.TryGetValue(key, out var value) && value.Length > 0
        ? value
        : throw new FormatException($"{Name}: the front matter has no '{key}'");
}
