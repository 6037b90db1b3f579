using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace Portal.Web.LegalDocuments.Files;

/// <summary>The text of a DOCX (paragraphs, tables row by row) or an XLSX (sheet after sheet, row by row), once <see cref="OfficePackage"/> let it through.</summary>
internal static class OfficeText
{
    private static OpenSettings Settings(ReadingBudget budget) => new()
    {
        // A part of more characters than this is refused by the SDK itself, before it builds a tree of it.
        MaxCharactersInPart = budget.Limits.MaxUnpackedLength / 2,
        AutoSave = false,
    };

    public static string ReadDocx(byte[] content, ReadingBudget budget)
    {
        using var document = WordprocessingDocument.Open(new MemoryStream(content, writable: false), false, Settings(budget));
        var text = new StringBuilder();
        var body = document.MainDocumentPart?.Document?.Body;
        if (body is not null)
        {
            Write(body, text, budget);
        }
        return text.ToString();
    }

    private static void Write(OpenXmlElement element, StringBuilder text, ReadingBudget budget)
    {
        foreach (var child in element.ChildElements)
        {
            if (text.Length >= budget.Limits.MaxTextLength)
            {
                return;
            }
            switch (child)
            {
                case W.Paragraph paragraph:
                    budget.Check();
                    text.Append(ParagraphText(paragraph)).Append('\n');
                    break;
                case W.Table table:
                    foreach (var row in table.Elements<W.TableRow>())
                    {
                        budget.Check();
                        var cells = row.Elements<W.TableCell>()
                            .Select(c => string.Join(" ", c.Elements<W.Paragraph>().Select(ParagraphText)).Trim());
                        text.AppendJoin('\t', cells).Append('\n');
                    }
                    break;
                default:
                    Write(child, text, budget);    // content controls, custom XML: their paragraphs are the text too
                    break;
            }
        }
    }

    private static string ParagraphText(W.Paragraph paragraph)
    {
        var text = new StringBuilder();
        foreach (var node in paragraph.Descendants())
        {
            switch (node)
            {
                case W.Text t:
                    text.Append(t.Text);
                    break;
                case W.TabChar:
                    text.Append('\t');
                    break;
                case W.Break or W.CarriageReturn:
                    text.Append('\n');
                    break;
            }
        }
        return text.ToString();
    }

    public static string ReadXlsx(byte[] content, ReadingBudget budget)
    {
        using var document = SpreadsheetDocument.Open(new MemoryStream(content, writable: false), false, Settings(budget));
        var workbook = document.WorkbookPart;
        if (workbook?.Workbook?.Sheets is null)
        {
            return "";
        }
        var shared = workbook.SharedStringTablePart?.SharedStringTable?.Elements<SharedStringItem>().Select(i => i.InnerText).ToList() ?? [];
        var text = new StringBuilder();
        foreach (var sheet in workbook.Workbook.Sheets.Elements<Sheet>())
        {
            if (sheet.Id?.Value is not { } id || workbook.GetPartById(id) is not WorksheetPart part)
            {
                continue;
            }
            text.Append(sheet.Name?.Value).Append('\n');
            foreach (var row in part.Worksheet?.Descendants<Row>() ?? [])
            {
                budget.Check();
                if (text.Length >= budget.Limits.MaxTextLength)
                {
                    return text.ToString();
                }
                var cells = row.Elements<Cell>().Select(c => CellText(c, shared)).Where(t => t.Length > 0);
                text.AppendJoin('\t', cells).Append('\n');
            }
        }
        return text.ToString();
    }

    private static string CellText(Cell cell, List<string> shared)
    {
        if (cell.DataType?.Value == CellValues.SharedString)
        {
            return int.TryParse(cell.CellValue?.Text, out var index) && index >= 0 && index < shared.Count ? shared[index] : "";
        }
        if (cell.DataType?.Value == CellValues.InlineString)
        {
            return cell.InlineString?.InnerText ?? "";
        }
        return cell.CellValue?.Text ?? "";
    }
}
