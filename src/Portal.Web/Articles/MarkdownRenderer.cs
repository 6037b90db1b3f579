using Ganss.Xss;
using Markdig;
using Markdig.Renderers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Portal.Web.Articles;

/// <summary>The safe HTML of some Markdown, or (with empty HTML) why it cannot be rendered, for the editor to read.</summary>
public sealed record RenderedMarkdown(string Html, string? Error = null);

/// <summary>
/// Markdown to safe HTML, once at save time. Raw HTML in the Markdown is shown as text, and the result still
/// passes an allow-list sanitiser, so no script, event handler or javascript: link reaches a reader.
/// </summary>
public sealed class MarkdownRenderer
{
    /// <summary>
    /// How deep quotes, lists, emphasis, links and tables may sit within one another. Markdig gives up (an
    /// exception) past 128 of its levels, which is 64 nested lists or 128 quotes; real articles stay under 10.
    /// </summary>
    public const int MaxNesting = 32;

    public static readonly string TooDeeplyNested =
        $"Nội dung lồng nhau quá sâu: trích dẫn, danh sách, chữ nhấn mạnh, liên kết hay bảng lồng vào nhau quá {MaxNesting} tầng "
        + "(hoặc một bảng quá lớn). Xin bớt số tầng lồng nhau rồi thử lại.";

    private readonly MarkdownPipeline _pipeline = CreatePipeline();

    private static readonly IReadOnlyDictionary<DocumentReference, string> NoLinks = new Dictionary<DocumentReference, string>();

    private readonly HtmlSanitizer _sanitizer = CreateSanitizer();

    /// <summary>
    /// The safe HTML, or the editor's message when the Markdown nests deeper than <see cref="MaxNesting"/>. Each
    /// <c>[[số ký hiệu]]</c> is a link to the path <paramref name="documentLinks"/> gives it, else the text typed.
    /// </summary>
    public RenderedMarkdown Render(string markdown, IReadOnlyDictionary<DocumentReference, string>? documentLinks = null)
    {
        if (Parse(markdown) is not { } document)
        {
            return new RenderedMarkdown("", TooDeeplyNested);
        }
        using var html = new StringWriter();
        var renderer = new HtmlRenderer(html);
        _pipeline.Setup(renderer);
        renderer.ObjectRenderers.Insert(0, new DocumentLinkRenderer(documentLinks ?? NoLinks));
        renderer.Render(document);
        html.Flush();
        // The links go through the sanitiser like every other: only the paths the portal gives survive as they are.
        return new RenderedMarkdown(_sanitizer.Sanitize(html.ToString()));
    }

    /// <summary>The documents the Markdown names (<c>[[15/2024/QĐ-UBND]]</c>), each once; none when it cannot be rendered.</summary>
    public IReadOnlyList<DocumentReference> DocumentReferences(string markdown) =>
        Parse(markdown) is { } document ? [.. document.Descendants<DocumentLinkInline>().Select(l => l.Reference).Distinct()] : [];

    /// <summary>The parsed document, or null when it nests too deep to render.</summary>
    private MarkdownDocument? Parse(string markdown)
    {
        MarkdownDocument document;
        try
        {
            document = Markdown.Parse(markdown, _pipeline);
        }
        catch (ArgumentException)
        {
            // Markdig's own refusal of input nested past its limit.
            return null;
        }
        return NestsDeeperThan(document, MaxNesting) ? null : document;
    }

    private static MarkdownPipeline CreatePipeline()
    {
        var builder = new MarkdownPipelineBuilder()
            .UsePipeTables()
            .UseEmphasisExtras()
            .UseAutoLinks()
            .DisableHtml();
        // Before the links' parser, which would otherwise take the first "[" as a link's text.
        builder.InlineParsers.Insert(0, new DocumentLinkParser());
        return builder.Build();
    }

    /// <summary>For text the operator supplies (seed files): a <see cref="FormatException"/> where an editor gets a message.</summary>
    public string ToHtml(string markdown) => Render(markdown) is { Error: null } rendered
        ? rendered.Html
        : throw new FormatException($"the Markdown nests quotes, lists, emphasis, links or tables deeper than {MaxNesting} levels");

    /// <summary>Walks the parsed document without recursion: block and inline containers, one level each.</summary>
    private static bool NestsDeeperThan(MarkdownDocument document, int limit)
    {
        var pending = new Stack<(MarkdownObject Node, int Depth)>();
        pending.Push((document, 0));
        while (pending.TryPop(out var item))
        {
            if (item.Depth > limit)
            {
                return true;
            }
            switch (item.Node)
            {
                case ContainerBlock blocks:
                    foreach (var child in blocks)
                    {
                        pending.Push((child, item.Depth + 1));
                    }
                    break;
                case LeafBlock { Inline: { } inlines }:
                    // The leaf's inline root is the leaf itself, not one more level.
                    pending.Push((inlines, item.Depth));
                    break;
                case ContainerInline inlines:
                    for (var child = inlines.FirstChild; child is not null; child = child.NextSibling)
                    {
                        pending.Push((child, item.Depth + 1));
                    }
                    break;
            }
        }
        return false;
    }

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
