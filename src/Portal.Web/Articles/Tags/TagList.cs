using System.Globalization;
using System.Text;

namespace Portal.Web.Articles.Tags;

/// <summary>
/// The "Thẻ" field: names separated by commas, each trimmed (inner runs of spaces made one), NFC, the same name
/// twice kept once ("Dân vận" and "dân vận" are one; "Dân vận" and "Dán vận" two), at most <see cref="MaxCount"/>.
/// </summary>
public static class TagList
{
    public const int MaxCount = 20;

    private static readonly CultureInfo Vietnamese = CultureInfo.GetCultureInfo("vi-VN");

    /// <summary>The names, or null and the message why the field is refused (the caller keeps what was typed).</summary>
    public static IReadOnlyList<string>? Parse(string? typed, out string? error)
    {
        error = null;
        var names = new List<string>();
        var keys = new HashSet<string>(StringComparer.Ordinal);
        foreach (var part in (typed ?? "").Split(',', '\n', ';'))
        {
            var name = Clean(part);
            if (name.Length == 0 || !keys.Add(Key(name)))
            {
                continue;
            }
            if (name.Length > Tag.NameMaxLength)
            {
                error = $"Thẻ “{name[..20]}…” dài quá {Tag.NameMaxLength} ký tự.";
                return null;
            }
            if (SlugGenerator.FromTitle(name).Length == 0)
            {
                error = $"Thẻ “{name}” cần có ít nhất một chữ cái hoặc chữ số.";
                return null;
            }
            names.Add(name);
        }
        if (names.Count > MaxCount)
        {
            error = $"Một bài có tối đa {MaxCount} thẻ (hiện có {names.Count}).";
            return null;
        }
        return names;
    }

    /// <summary>The names as the article keeps them and the form shows them again.</summary>
    public static string Join(IEnumerable<string> names) => string.Join(", ", names);

    /// <summary>Lower case the Vietnamese way, marks kept: what tells two names apart.</summary>
    public static string Key(string name) => name.ToLower(Vietnamese);

    private static string Clean(string part)
    {
        var name = new StringBuilder(part.Length);
        foreach (var c in part.Normalize(NormalizationForm.FormC))
        {
            if (char.IsWhiteSpace(c) || char.IsControl(c))
            {
                if (name.Length > 0 && name[^1] != ' ')
                {
                    name.Append(' ');
                }
            }
            else
            {
                name.Append(c);
            }
        }
        return name.ToString().Trim();
    }
}
