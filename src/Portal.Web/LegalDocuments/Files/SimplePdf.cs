using System.Text;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Writer;

namespace Portal.Web.LegalDocuments.Files;

/// <summary>
/// Writes a small real PDF of a title and paragraphs, in a TrueType font with Vietnamese glyphs (DejaVu Sans,
/// embedded in the assembly): the seeded library's files, <c>generate</c>'s and the tests'. PdfPig and
/// <c>pdftotext</c> read the text back as written (NFC).
/// </summary>
public static class SimplePdf
{
    private const double Margin = 56;
    private const double TitleSize = 14;
    private const double BodySize = 11;
    private const double Leading = 1.45;

    private static readonly Lazy<byte[]> Font = new(LoadFont);

    public static byte[] Write(string title, IEnumerable<string> paragraphs)
    {
        using var builder = new PdfDocumentBuilder();
        builder.DocumentInformation.Title = title.Normalize(NormalizationForm.FormC);
        var font = builder.AddTrueTypeFont(Font.Value);
        var writer = new PageWriter(builder, font);
        foreach (var line in Wrap(writer, title, TitleSize))
        {
            writer.Line(line, TitleSize);
        }
        writer.Gap(TitleSize);
        foreach (var paragraph in paragraphs)
        {
            foreach (var line in Wrap(writer, paragraph, BodySize))
            {
                writer.Line(line, BodySize);
            }
            writer.Gap(BodySize / 2);
        }
        return builder.Build();
    }

    /// <summary>The paragraph's words in lines that fit between the margins.</summary>
    private static IEnumerable<string> Wrap(PageWriter writer, string paragraph, double size)
    {
        var words = paragraph.Normalize(NormalizationForm.FormC)
            .Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        var line = new StringBuilder();
        foreach (var word in words)
        {
            var candidate = line.Length == 0 ? word : line + " " + word;
            if (line.Length > 0 && writer.Width(candidate, size) > PageWriter.TextWidth)
            {
                yield return line.ToString();
                line.Clear().Append(word);
            }
            else
            {
                line.Clear().Append(candidate);
            }
        }
        if (line.Length > 0)
        {
            yield return line.ToString();
        }
    }

    private static byte[] LoadFont()
    {
        using var stream = typeof(SimplePdf).Assembly.GetManifestResourceStream("Portal.Web.LegalDocuments.Files.DejaVuSans.ttf")
            ?? throw new InvalidOperationException("The embedded font DejaVuSans.ttf is missing from the assembly.");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }

    /// <summary>Lines down the page, a new A4 page when one is full.</summary>
    private sealed class PageWriter(PdfDocumentBuilder builder, PdfDocumentBuilder.AddedFont font)
    {
        private PdfPageBuilder? _page;
        private double _y;

        public static double TextWidth => PageSize.A4Width - 2 * Margin;

        public double Width(string text, double size)
        {
            var letters = Page.MeasureText(text, size, new PdfPoint(0, 0), font);
            return letters.Count == 0 ? 0 : letters[^1].EndBaseLine.X - letters[0].StartBaseLine.X;
        }

        public void Line(string text, double size)
        {
            var height = size * Leading;
            if (_page is null || _y - height < Margin)
            {
                NewPage();
            }
            _y -= height;
            Page.AddText(text, size, new PdfPoint(Margin, _y), font);
        }

        public void Gap(double height) => _y -= height;

        private PdfPageBuilder Page => _page ?? NewPage();

        private PdfPageBuilder NewPage()
        {
            _page = builder.AddPage(UglyToad.PdfPig.Content.PageSize.A4);
            _y = _page.PageSize.Height - Margin;
            return _page;
        }
    }

    private static class PageSize
    {
        public const double A4Width = 595;
    }
}
