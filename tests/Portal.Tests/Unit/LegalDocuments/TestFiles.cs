using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using Microsoft.Extensions.Options;
using Portal.Web.LegalDocuments.Files;
using S = DocumentFormat.OpenXml.Spreadsheet;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace Portal.Tests.Unit.LegalDocuments;

/// <summary>Real DOCX and XLSX files built with the Open XML SDK, and a reader with chosen limits.</summary>
internal static class TestFiles
{
    public static DocumentFileReader Reader(Action<DocumentFileLimits>? change = null)
    {
        var limits = new DocumentFileLimits();
        change?.Invoke(limits);
        return new DocumentFileReader(Options.Create(limits));
    }

    public static byte[] Docx(IEnumerable<string> paragraphs, IEnumerable<string[]>? tableRows = null)
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            var body = new W.Body(paragraphs.Select(p => new W.Paragraph(new W.Run(new W.Text(p) { Space = SpaceProcessingModeValues.Preserve }))));
            if (tableRows is not null)
            {
                body.Append(new W.Table(tableRows.Select(r => new W.TableRow(r.Select(c => new W.TableCell(new W.Paragraph(new W.Run(new W.Text(c)))))))));
            }
            main.Document = new W.Document(body);
        }
        return stream.ToArray();
    }

    public static byte[] Xlsx(string sheetName, IEnumerable<string[]> rows)
    {
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new S.Workbook();
            var strings = workbook.AddNewPart<SharedStringTablePart>();
            strings.SharedStringTable = new S.SharedStringTable();
            var sheetPart = workbook.AddNewPart<WorksheetPart>();
            var data = new S.SheetData();
            var index = 0;
            foreach (var row in rows)
            {
                var cells = row.Select(value =>
                {
                    if (decimal.TryParse(value, System.Globalization.CultureInfo.InvariantCulture, out _))
                    {
                        return new S.Cell { CellValue = new S.CellValue(value), DataType = S.CellValues.Number };
                    }
                    strings.SharedStringTable.Append(new S.SharedStringItem(new S.Text(value)));
                    return new S.Cell { CellValue = new S.CellValue(index++), DataType = S.CellValues.SharedString };
                });
                data.Append(new S.Row(cells));
            }
            sheetPart.Worksheet = new S.Worksheet(data);
            workbook.Workbook.AppendChild(new S.Sheets(new S.Sheet { Id = workbook.GetIdOfPart(sheetPart), SheetId = 1, Name = sheetName }));
        }
        return stream.ToArray();
    }
}
