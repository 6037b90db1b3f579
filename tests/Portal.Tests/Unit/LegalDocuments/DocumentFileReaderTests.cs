using System.Text;
using Portal.Web.LegalDocuments;
using Portal.Web.LegalDocuments.Files;

namespace Portal.Tests.Unit.LegalDocuments;

/// <summary>Ordinary files read back: the Vietnamese text as written (NFC), from SimplePdf, a DOCX and an XLSX.</summary>
public sealed class DocumentFileReaderTests
{
    private const string Title = "Quyết định số 15/2024/QĐ-UBND về việc ban hành quy định quản lý đê điều";
    private static readonly string[] Paragraphs =
    [
        "Điều 1. Ban hành kèm theo Quyết định này Quy định về phân cấp quản lý đê điều trên địa bàn tỉnh Bà Rịa – Vũng Tàu.",
        "Điều 2. Quyết định có hiệu lực kể từ ngày ký. Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc Sở Nông nghiệp và Phát triển nông thôn chịu trách nhiệm thi hành.",
    ];

    [Fact]
    public async Task SimplePdfIsReadBackWordForWordInNfc()
    {
        var pdf = SimplePdf.Write(Title, Paragraphs);

        var reading = await TestFiles.Reader().ReadAsync("Quyết định số 15.pdf", pdf, CancellationToken.None);

        Assert.True(reading.Accepted, reading.Refusal);
        Assert.Equal(DocumentFileFormat.Pdf, reading.Format);
        Assert.True(reading.HasText);
        Assert.Equal(1, reading.PageCount);
        Assert.True(reading.Text.IsNormalized(NormalizationForm.FormC));
        Assert.Equal(Words(Title + " " + string.Join(' ', Paragraphs)), Words(reading.Text));
    }

    [Fact]
    public async Task ADocxGivesItsParagraphsAndTable()
    {
        var docx = TestFiles.Docx(Paragraphs, [["Số thứ tự", "Tên đơn vị"], ["1", "Sở Tài nguyên và Môi trường"]]);

        var reading = await TestFiles.Reader().ReadAsync("Phụ lục.docx", docx, CancellationToken.None);

        Assert.True(reading.Accepted, reading.Refusal);
        Assert.Equal(DocumentFileFormat.Docx, reading.Format);
        Assert.Null(reading.PageCount);
        Assert.Contains(Paragraphs[0], reading.Text);
        Assert.Contains(Paragraphs[1], reading.Text);
        Assert.Contains("Số thứ tự\tTên đơn vị", reading.Text);
        Assert.Contains("1\tSở Tài nguyên và Môi trường", reading.Text);
    }

    [Fact]
    public async Task AnXlsxGivesItsCellsRowByRow()
    {
        var xlsx = TestFiles.Xlsx("Danh mục", [["Mã thủ tục", "Tên thủ tục", "Phí"], ["1.001", "Cấp giấy phép xây dựng nhà ở riêng lẻ", "75000"]]);

        var reading = await TestFiles.Reader().ReadAsync("Danh mục thủ tục.xlsx", xlsx, CancellationToken.None);

        Assert.True(reading.Accepted, reading.Refusal);
        Assert.Equal(DocumentFileFormat.Xlsx, reading.Format);
        Assert.Contains("Danh mục", reading.Text);
        Assert.Contains("Mã thủ tục\tTên thủ tục\tPhí", reading.Text);
        Assert.Contains("Cấp giấy phép xây dựng nhà ở riêng lẻ\t75000", reading.Text);
    }

    private static string Words(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
