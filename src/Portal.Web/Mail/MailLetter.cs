using System.Text;
using System.Text.Encodings.Web;

namespace Portal.Web.Mail;

/// <summary>
/// A message's content, written once and given as plain text and as HTML. Every piece of text is escaped in the
/// HTML part, whoever wrote it (a citizen's name, a comment), and no line break reaches the subject. Links are paths
/// of the portal; <see cref="Outbox"/> makes them absolute under the public address.
/// </summary>
public sealed class MailLetter
{
    public const int SubjectMaxLength = OutboxMessage.SubjectMaxLength;

    private readonly List<Block> _blocks = [];

    public MailLetter(string subject)
    {
        // A header is one line: a name with a line break in it must not add a header of its own.
        var line = string.Join(' ', subject.Split(['\r', '\n', '\t'], StringSplitOptions.RemoveEmptyEntries)).Trim();
        Subject = line.Length > SubjectMaxLength ? line[..(SubjectMaxLength - 1)] + "…" : line;
    }

    public string Subject { get; }

    /// <summary>A paragraph of the portal's own words.</summary>
    public MailLetter Paragraph(string text) => Add(new Block(BlockKind.Paragraph, text));

    /// <summary>A label and a value on one line: "Lĩnh vực: Đất đai".</summary>
    public MailLetter Fact(string label, string value) => Add(new Block(BlockKind.Fact, value, label));

    /// <summary>Text someone else wrote (a comment, a question, an answer), set apart and kept as typed.</summary>
    public MailLetter Quote(string text) => Add(new Block(BlockKind.Quote, text));

    /// <summary>A link to a page of the portal (a path: <c>/xac-nhan/abc</c>), with its words.</summary>
    public MailLetter Link(string label, string path) => Add(new Block(BlockKind.Link, path, label));

    private MailLetter Add(Block block)
    {
        _blocks.Add(block);
        return this;
    }

    public string Text(string baseUrl)
    {
        var text = new StringBuilder();
        foreach (var block in _blocks)
        {
            text.Append(block.Kind switch
            {
                BlockKind.Paragraph => block.Value,
                BlockKind.Fact => $"{block.Label}: {block.Value}",
                BlockKind.Quote => string.Join('\n', Lines(block.Value).Select(line => "> " + line)),
                _ => $"{block.Label}:\n{Absolute(baseUrl, block.Value)}",
            });
            text.Append("\n\n");
        }
        return text.ToString().TrimEnd() + "\n";
    }

    public string Html(string baseUrl)
    {
        var e = HtmlEncoder.Default;
        var html = new StringBuilder("<!DOCTYPE html><html lang=\"vi\"><head><meta charset=\"utf-8\"><title>")
            .Append(e.Encode(Subject)).Append("</title></head><body style=\"font-family:Arial,sans-serif;line-height:1.5\">");
        foreach (var block in _blocks)
        {
            html.Append(block.Kind switch
            {
                BlockKind.Paragraph => $"<p>{Lines(block.Value, e)}</p>",
                BlockKind.Fact => $"<p><strong>{e.Encode(block.Label)}:</strong> {e.Encode(block.Value)}</p>",
                BlockKind.Quote => $"<blockquote style=\"border-left:3px solid #ccc;margin:0;padding-left:1em\">{Lines(block.Value, e)}</blockquote>",
                _ => $"<p><a href=\"{e.Encode(Absolute(baseUrl, block.Value))}\">{e.Encode(block.Label)}</a></p>",
            });
        }
        return html.Append("</body></html>").ToString();
    }

    private static string Absolute(string baseUrl, string path) => baseUrl.TrimEnd('/') + (path.StartsWith('/') ? path : "/" + path);

    private static string[] Lines(string text) => text.Replace("\r\n", "\n").Replace('\r', '\n').Split('\n');

    private static string Lines(string text, HtmlEncoder e) => string.Join("<br>", Lines(text).Select(e.Encode));

    private enum BlockKind
    {
        Paragraph,
        Fact,
        Quote,
        Link,
    }

    private sealed record Block(BlockKind Kind, string Value, string Label = "");
}
