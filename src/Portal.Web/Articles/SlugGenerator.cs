using System.Text;
using Portal.Web.Localization;

namespace Portal.Web.Articles;

/// <summary>Readable, stable addresses: the Vietnamese-folded title, words joined by hyphens.</summary>
public static class SlugGenerator
{
    public const int MaxLength = 120;

    public static string FromTitle(string title)
    {
        var folded = VietnameseText.Fold(title);
        var slug = new StringBuilder(folded.Length);
        foreach (var c in folded)
        {
            if (c is >= 'a' and <= 'z' or >= '0' and <= '9')
            {
                slug.Append(c);
            }
            else if (slug.Length > 0 && slug[^1] != '-')
            {
                slug.Append('-');
            }
        }
        var result = slug.ToString().Trim('-');
        if (result.Length > MaxLength)
        {
            // Cut at a word boundary so the address never ends in half a word.
            var cut = result.LastIndexOf('-', MaxLength);
            result = result[..(cut > 0 ? cut : MaxLength)];
        }
        return result;
    }

    /// <summary>The slug with a suffix ("-2", "-g17"), cut first where needed so the whole still fits.</summary>
    public static string WithSuffix(string slug, string suffix) =>
        slug[..Math.Min(slug.Length, MaxLength - suffix.Length)].TrimEnd('-') + suffix;

    public static bool IsValid(string slug) =>
        slug.Length is > 0 and <= MaxLength
        && slug.All(c => c is >= 'a' and <= 'z' or >= '0' and <= '9' or '-')
        && !slug.StartsWith('-') && !slug.EndsWith('-') && !slug.Contains("--", StringComparison.Ordinal);
}
