using System.Text;
using UglyToad.PdfPig;
using UglyToad.PdfPig.DocumentLayoutAnalysis.TextExtractor;
using UglyToad.PdfPig.Exceptions;

namespace Portal.Web.LegalDocuments.Files;

/// <summary>A PDF's text, page after page in the order its content draws it, once <see cref="PdfHazards"/> found nothing.</summary>
internal static class PdfText
{
    public static (string Text, int PageCount) Read(byte[] pdf, ReadingBudget budget)
    {
        PdfHazards.CheckBytes(pdf, budget);
        PdfDocument document;
        try
        {
            document = PdfDocument.Open(pdf, new ParsingOptions { UseLenientParsing = true, SkipMissingFonts = true });
        }
        catch (PdfDocumentEncryptedException)
        {
            throw new FileRefusedException(Refusal.Encrypted);
        }
        using (document)
        {
            PdfHazards.CheckStructure(document, budget);
            var text = new StringBuilder();
            var pages = document.NumberOfPages;
            for (var number = 1; number <= pages; number++)
            {
                budget.Check();
                if (text.Length >= budget.Limits.MaxTextLength)
                {
                    break;    // the pages are counted; the text kept for search is enough
                }
                var page = document.GetPage(number);
                var pageText = ContentOrderTextExtractor.GetText(page);
                if (pageText.Length > 0)
                {
                    text.Append(pageText).Append("\n\n");
                }
            }
            return (text.ToString(), pages);
        }
    }
}
