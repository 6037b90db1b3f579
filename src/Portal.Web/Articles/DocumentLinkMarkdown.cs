using Markdig.Helpers;
using Markdig.Parsers;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax.Inlines;
using Portal.Web.LegalDocuments;

namespace Portal.Web.Articles;

/// <summary>
/// A legal document named in an article by its number and symbol, <c>[[15/2024/QĐ-UBND]]</c>, or with its issuer when
/// several share the number, <c>[[15/2024/QĐ-UBND|UBND tỉnh]]</c>. <see cref="Number"/> is shown as typed.
/// </summary>
public sealed record DocumentReference(string Number, string? Issuer)
{
    /// <summary>Brackets holding more than this are not a reference (a number is at most 100 characters, an issuer 200).</summary>
    public const int MaxLength = 310;

    public string Key => LegalDocumentNumber.Key(Number);

    /// <summary>What the editor typed between the brackets, for messages.</summary>
    public string Typed => Issuer is null ? Number : $"{Number}|{Issuer}";

    /// <summary>
    /// The reference written between <c>[[</c> and <c>]]</c>, or null when it is no document's number (no digit: a
    /// number always has one, so <c>[[ghi chú]]</c> stays text).
    /// </summary>
    public static DocumentReference? Read(string between)
    {
        var bar = between.IndexOf('|', StringComparison.Ordinal);
        var number = (bar < 0 ? between : between[..bar]).Trim();
        var issuer = bar < 0 ? null : between[(bar + 1)..].Trim();
        if (number.Length == 0 || number.Length > LegalDocument.NumberMaxLength || !number.Any(char.IsAsciiDigit) || issuer is { Length: 0 })
        {
            return null;
        }
        return new DocumentReference(number, issuer);
    }
}

/// <summary>A <see cref="DocumentReference"/> where it stands in the parsed Markdown.</summary>
public sealed class DocumentLinkInline(DocumentReference reference) : LeafInline
{
    public DocumentReference Reference { get; } = reference;
}

/// <summary>
/// Reads <c>[[…]]</c> within a line of text. Code spans and code blocks are never parsed for inlines, so a reference
/// written inside one stays text; so do brackets within more brackets (<c>[[[x]]]</c>) and a link whose text is
/// bracketed (<c>[[1]](…)</c>).
/// </summary>
public sealed class DocumentLinkParser : InlineParser
{
    public DocumentLinkParser() => OpeningCharacters = ['['];

    public override bool Match(InlineProcessor processor, ref StringSlice slice)
    {
        var text = slice.Text;
        var start = slice.Start;
        if (slice.PeekChar() != '[' || (start > 0 && text[start - 1] == '['))
        {
            return false;
        }
        var limit = Math.Min(slice.End, start + 2 + DocumentReference.MaxLength + 1);
        var close = -1;
        for (var i = start + 2; i < limit; i++)
        {
            var c = text[i];
            if (c is '[' or '\n' or '\r')
            {
                return false;
            }
            if (c == ']')
            {
                close = i;
                break;
            }
        }
        if (close < 0 || close + 1 > slice.End || text[close + 1] != ']' || (close + 2 <= slice.End && text[close + 2] is '(' or '[' or ']'))
        {
            return false;
        }
        if (DocumentReference.Read(text[(start + 2)..close]) is not { } reference)
        {
            return false;
        }
        var position = processor.GetSourcePosition(start, out var line, out var column);
        processor.Inline = new DocumentLinkInline(reference) { Span = new(position, position + close + 1 - start), Line = line, Column = column };
        slice.Start = close + 2;
        return true;
    }
}

/// <summary>
/// Writes a reference as a link to its document when it was resolved (<paramref name="links"/>: its path), else as the
/// text typed: a body rendered without the documents (the information pages, the seeds) shows what was written.
/// </summary>
public sealed class DocumentLinkRenderer(IReadOnlyDictionary<DocumentReference, string> links) : HtmlObjectRenderer<DocumentLinkInline>
{
    protected override void Write(HtmlRenderer renderer, DocumentLinkInline link)
    {
        if (links.TryGetValue(link.Reference, out var path))
        {
            renderer.Write("<a href=\"").WriteEscapeUrl(path).Write("\">").WriteEscape(link.Reference.Number).Write("</a>");
        }
        else
        {
            renderer.WriteEscape("[[" + link.Reference.Typed + "]]");
        }
    }
}
