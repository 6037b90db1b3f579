using Ganss.Xss;
using Markdig;

namespace Portal.Web.Articles;

/// <summary>
/// Markdown to safe HTML, once at save time. Raw HTML in the Markdown is shown as text, and the result still
/// passes an allow-list sanitiser, so no script, event handler or javascript: link reaches a reader.
/// </summary>
public sealed class MarkdownRenderer
{
    private readonly MarkdownPipeline _pipeline = new MarkdownPipelineBuilder()
        .UsePipeTables()
        .UseEmphasisExtras()
        .UseAutoLinks()
        .DisableHtml()
        .Build();

    private readonly HtmlSanitizer _sanitizer = CreateSanitizer();

    public string ToHtml(string markdown) => _sanitizer.Sanitize(Markdown.ToHtml(markdown, _pipeline));

    /// <summary>
    /// Exactly what the pipeline above writes for an article, nothing of the sanitiser's wider defaults: headings,
    /// paragraphs, lists, tables, quotes, code, emphasis, links (http, https, mailto) and images (the portal's own
    /// or https). No class, id or style attribute: the portal's stylesheet styles the elements themselves.
    /// </summary>
    private static HtmlSanitizer CreateSanitizer()
    {
        var options = HtmlSanitizerOptions.Empty();
        foreach (var tag in new[]
        {
            "h1", "h2", "h3", "h4", "h5", "h6", "p", "br", "hr", "ul", "ol", "li", "blockquote", "pre", "code",
            "table", "thead", "tbody", "tr", "th", "td", "a", "img",
            "em", "strong", "del", "ins", "mark", "sub", "sup",
        })
        {
            options.AllowedTags.Add(tag);
        }
        foreach (var attribute in new[] { "href", "src", "alt", "title", "start" })
        {
            options.AllowedAttributes.Add(attribute);
        }
        foreach (var scheme in new[] { "http", "https", "mailto" })
        {
            options.AllowedSchemes.Add(scheme);
        }
        foreach (var attribute in HtmlSanitizerDefaults.UriAttributes)
        {
            options.UriAttributes.Add(attribute);
        }
        var sanitizer = new HtmlSanitizer(options);
        sanitizer.FilterUrl += (_, e) =>
        {
            if (e.Tag.LocalName == "img" && e.SanitizedUrl is { } url && !IsAllowedImage(url))
            {
                e.SanitizedUrl = null;
            }
        };
        return sanitizer;
    }

    /// <summary>An image from the portal itself (a path) or from an https address: never http, mailto or //host.</summary>
    private static bool IsAllowedImage(string url) =>
        url.StartsWith("https://", StringComparison.OrdinalIgnoreCase)
        || (!url.Contains(':', StringComparison.Ordinal) && !url.Contains('\\', StringComparison.Ordinal) && !url.StartsWith("//", StringComparison.Ordinal));
}
