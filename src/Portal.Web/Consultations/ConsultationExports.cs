using System.Globalization;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Microsoft.EntityFrameworkCore;
using Portal.Web.Data;
using Portal.Web.LegalDocuments;
using Portal.Web.Localization;

namespace Portal.Web.Consultations;

/// <summary>One confirmed comment as the drafting team receives it: no e-mail address, no phone.</summary>
public sealed record ExportedComment(int Number, string Section, string Name, string Organisation, DateTime CreatedAt, CommentState State, string Text);

/// <summary>
/// A consultation's confirmed comments for the drafting team, as CSV and as DOCX: number, section, name,
/// organisation, date, state and text, the text as typed. Contact details stay in the portal: the team reads what
/// was said and by whom, and the e-mail address is only the moderators' (and used by the portal to answer).
/// </summary>
public sealed class ConsultationExports(PortalDbContext db)
{
    public static readonly string[] Header = ["#", "Mục góp ý", "Họ và tên", "Cơ quan, tổ chức", "Ngày gửi", "Trạng thái", "Nội dung góp ý"];

    public const string WholeDraft = "Toàn bộ dự thảo";

    /// <summary>The consultation's title, or null when there is none of that id.</summary>
    public Task<string?> TitleAsync(int id, CancellationToken cancellationToken) =>
        db.Consultations.Where(c => c.Id == id).Select(c => c.Title).FirstOrDefaultAsync(cancellationToken);

    public async Task<IReadOnlyList<ExportedComment>> CommentsAsync(int id, CancellationToken cancellationToken)
    {
        var rows = await db.ConsultationComments.AsNoTracking()
            .Where(c => c.ConsultationId == id && c.State != CommentState.Unconfirmed)
            .OrderBy(c => c.CreatedAt).ThenBy(c => c.Id)
            .Select(c => new { Section = c.Section == null ? null : c.Section.Title, c.Name, c.Organisation, c.CreatedAt, c.State, c.Text })
            .ToListAsync(cancellationToken);
        return [.. rows.Select((c, i) => new ExportedComment(i + 1, c.Section ?? WholeDraft, c.Name, c.Organisation, c.CreatedAt, c.State, c.Text))];
    }

    public static string StateName(CommentState state) => state switch
    {
        CommentState.AwaitingModeration => "Chờ duyệt",
        CommentState.Published => "Đã đăng",
        CommentState.Rejected => "Không đăng",
        _ => "Chưa xác nhận",
    };

    public static string FileName(int id, string extension) => $"gop-y-du-thao-{id.ToString(CultureInfo.InvariantCulture)}{extension}";

    /// <summary>CSV with the guard of every export of the portal (<see cref="LegalDocumentOpenData.SpreadsheetCsv"/>).</summary>
    public static async Task WriteCsvAsync(Stream output, IReadOnlyList<ExportedComment> comments, CancellationToken cancellationToken)
    {
        await using var csv = LegalDocumentOpenData.SpreadsheetCsv(output);
        await csv.WriteRecordAsync(Header, cancellationToken);
        foreach (var c in comments)
        {
            await csv.WriteRecordAsync(Cells(c), cancellationToken);
        }
        await csv.FlushAsync(cancellationToken);
    }

    /// <summary>A Word document: the title as a heading, then one table row per comment; every text a literal run.</summary>
    public static void WriteDocx(Stream output, string title, IReadOnlyList<ExportedComment> comments, DateTime exportedAt)
    {
        using var document = WordprocessingDocument.Create(output, WordprocessingDocumentType.Document);
        var main = document.AddMainDocumentPart();
        var body = new Body();
        body.Append(new Paragraph(new Run(new RunProperties(new Bold(), new FontSize { Val = "32" }), Literal("Tổng hợp góp ý: " + title))));
        body.Append(new Paragraph(new Run(Literal($"{comments.Count} góp ý đã xác nhận, xuất lúc {VietnamTime.FormatStamp(exportedAt)}."))));
        var table = new Table(new TableProperties(
            new TableBorders(
                new TopBorder { Val = BorderValues.Single, Size = 4 }, new BottomBorder { Val = BorderValues.Single, Size = 4 },
                new LeftBorder { Val = BorderValues.Single, Size = 4 }, new RightBorder { Val = BorderValues.Single, Size = 4 },
                new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4 }, new InsideVerticalBorder { Val = BorderValues.Single, Size = 4 }),
            new TableWidth { Type = TableWidthUnitValues.Pct, Width = "5000" }));
        table.Append(Row(Header, bold: true));
        foreach (var c in comments)
        {
            table.Append(Row(Cells(c), bold: false));
        }
        body.Append(table);
        body.Append(new SectionProperties(new PageSize { Width = 16838, Height = 11906, Orient = PageOrientationValues.Landscape }));
        main.Document = new Document(body);
        main.Document.Save();
    }

    private static string[] Cells(ExportedComment c) =>
    [
        c.Number.ToString(CultureInfo.InvariantCulture), c.Section, c.Name, c.Organisation,
        VietnamTime.FormatStamp(c.CreatedAt), StateName(c.State), c.Text,
    ];

    private static TableRow Row(IEnumerable<string> cells, bool bold) =>
        new(cells.Select(text => new TableCell(Lines(text, bold))));

    /// <summary>A cell's paragraph: the text's lines as runs with breaks between them.</summary>
    private static Paragraph Lines(string text, bool bold)
    {
        var run = new Run();
        if (bold)
        {
            run.Append(new RunProperties(new Bold()));
        }
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            if (i > 0)
            {
                run.Append(new Break());
            }
            run.Append(Literal(lines[i]));
        }
        return new Paragraph(run);
    }

    /// <summary>Text as text, spaces kept; characters XML cannot carry (controls, lone surrogates) left out.</summary>
    private static Text Literal(string text)
    {
        var clean = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                clean.Append(c).Append(text[++i]);
            }
            else if (!char.IsSurrogate(c) && (c == '\t' || !char.IsControl(c)) && c is not ('\uFFFE' or '\uFFFF'))
            {
                clean.Append(c);
            }
        }
        return new Text(clean.ToString()) { Space = SpaceProcessingModeValues.Preserve };
    }
}
