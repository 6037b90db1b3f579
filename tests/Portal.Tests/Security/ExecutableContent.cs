using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Portal.Tests.Security;

/// <summary>
/// Reads HTML as a browser does (AngleSharp's HTML5 parser) and lists everything in it that could run script:
/// elements that run or load code, event handlers, style, and addresses whose scheme is not http, https,
/// mailto or tel once the browser has decoded them. The portal's own script and JSON-LD block are allowed.
/// </summary>
public static partial class ExecutableContent
{
    private static readonly HashSet<string> ForbiddenElements =
    [
        "script", "iframe", "frame", "frameset", "object", "embed", "applet", "style", "svg", "math", "form",
        "base", "meta", "link", "template", "portal", "xml",
    ];

    private static readonly HashSet<string> UrlAttributes =
        ["href", "src", "action", "formaction", "xlink:href", "poster", "data", "background", "cite", "srcset", "ping"];

    private static readonly HashSet<string> SafeSchemes = ["http", "https", "mailto", "tel"];

    private static readonly HtmlParser Parser = new();

    public static IDocument Parse(string html) => Parser.ParseDocument(html);

    /// <summary>What in <paramref name="html"/> could run script; empty when nothing could.</summary>
    public static List<string> In(string html) => In(Parse(html));

    public static List<string> In(IDocument document)
    {
        var problems = new List<string>();
        foreach (var element in document.All)
        {
            var name = element.LocalName;
            if (ForbiddenElements.Contains(name) && !IsThePortalsOwn(element))
            {
                problems.Add($"<{name}> element: {Describe(element)}");
            }
            foreach (var attribute in element.Attributes)
            {
                var attributeName = attribute.Name.ToLowerInvariant();
                if (attributeName.StartsWith("on", StringComparison.Ordinal) || attributeName is "style" or "srcdoc")
                {
                    problems.Add($"{attributeName} attribute on <{name}>: {Describe(element)}");
                }
                else if (UrlAttributes.Contains(attributeName) && Scheme(attribute.Value) is { } scheme && !SafeSchemes.Contains(scheme))
                {
                    problems.Add($"{scheme}: address in {attributeName} of <{name}>: {Describe(element)}");
                }
            }
            if (name == "img" && element.GetAttribute("src") is { } source && !IsAllowedImage(source))
            {
                problems.Add($"image from neither the portal nor https: {Describe(element)}");
            }
        }
        return problems;
    }

    /// <summary>The scheme a browser would see: control characters and white space inside it are dropped.</summary>
    public static string? Scheme(string address)
    {
        var squeezed = new string(address.Where(c => c > ' ').ToArray());
        var colon = squeezed.IndexOf(':', StringComparison.Ordinal);
        var end = squeezed.IndexOfAny(['/', '?', '#']);
        return colon > 0 && (end < 0 || colon < end) ? squeezed[..colon].ToLowerInvariant() : null;
    }

    private static bool IsAllowedImage(string source)
    {
        var squeezed = new string(source.Where(c => c > ' ').ToArray());
        return Scheme(squeezed) is "https" || (Scheme(squeezed) is null && !squeezed.StartsWith("//", StringComparison.Ordinal) && !squeezed.Contains('\\', StringComparison.Ordinal));
    }

    /// <summary>The elements the portal's own layouts write: its one script file, the JSON-LD block, its head, forms and chart.</summary>
    private static bool IsThePortalsOwn(IElement element) => element.LocalName switch
    {
        "script" => element.GetAttribute("src") is { } src ? SiteScript().IsMatch(src) && element.TextContent.Length == 0
            : element.GetAttribute("type") == "application/ld+json" && element.ParentElement?.LocalName == "head",
        "meta" => element.ParentElement?.LocalName == "head" && !element.HasAttribute("http-equiv"),
        "link" => element.ParentElement?.LocalName == "head" && element.GetAttribute("rel") is "stylesheet" or "icon" or "canonical" or "alternate",
        "form" => element.GetAttribute("action") is not { } action || action.StartsWith('?')
            || (action.StartsWith('/') && !action.StartsWith("//", StringComparison.Ordinal)),
        "svg" => element.GetAttribute("aria-labelledby") == "chart-desc" && element.QuerySelectorAll("script, a, foreignObject").Length == 0,
        _ => false,
    };

    private static string Describe(IElement element)
    {
        var html = element.OuterHtml;
        return html.Length > 200 ? html[..200] : html;
    }

    /// <summary>The portal's scripts in wwwroot/js (site.js; the editor's three), under their fingerprinted names (site.{hash}.js) or their own.</summary>
    [GeneratedRegex(@"^/js/(site|editor|editor-photos|attachments)(\.[a-z0-9]+)?\.js(\?v=[A-Za-z0-9_-]+)?$")]
    private static partial Regex SiteScript();
}
