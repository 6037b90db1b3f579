using System.Net;
using System.Text.RegularExpressions;

namespace Portal.Tests;

/// <summary>What a reader sees of a page: the text without tags, entities decoded, white space folded.</summary>
public static partial class Html
{
    public static string Text(string html)
    {
        var withoutHead = HeadAndScripts().Replace(html, " ");
        return Spaces().Replace(WebUtility.HtmlDecode(Tags().Replace(withoutHead, " ")), " ").Trim();
    }

    /// <summary>The value of the first attribute <paramref name="attribute"/> on an element matching <paramref name="elementPattern"/>.</summary>
    public static string? Attribute(string html, string elementPattern, string attribute)
    {
        var element = Regex.Match(html, elementPattern);
        if (!element.Success)
        {
            return null;
        }
        var value = Regex.Match(element.Value, attribute + "=\"([^\"]*)\"");
        return value.Success ? WebUtility.HtmlDecode(value.Groups[1].Value) : null;
    }

    [GeneratedRegex("<(head|script|style)[^>]*>.*?</\\1>", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex HeadAndScripts();

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Tags();

    [GeneratedRegex("\\s+")]
    private static partial Regex Spaces();
}
