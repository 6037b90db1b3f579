using System.Text;
using Portal.Tests.Builders;
using Portal.Web.LegalDocuments.Files;

namespace Portal.Tests.Unit.LegalDocuments;

/// <summary>
/// PDFs that could run something, carry something, hide something or hold the server are refused at upload with a
/// Vietnamese message naming the file; a scan without text is not one of them.
/// </summary>
public sealed class HostilePdfsAreRefused
{
    private const string Name = "Quyết định số 15.pdf";

    public static TheoryData<string, byte[], string> Hostile => new()
    {
        { "JavaScript", RawPdf.OnePage("/OpenAction << /S /JavaScript /JS (app.alert(1)) >>"), DocumentFileMessages.Script(Name) },
        { "JavaScript, names in #xx escapes", RawPdf.OnePage("/OpenAction << /S /J#61vaScript /J#53 (app.alert(1)) >>"), DocumentFileMessages.Script(Name) },
        { "JavaScript in the names tree", RawPdf.OnePage("/Names << /JavaScript 5 0 R >>", "", "<< /Names [(a) 6 0 R] >>", "<< /S /JavaScript /JS (this.print()) >>"), DocumentFileMessages.Script(Name) },
        { "JavaScript in a compressed object stream", RawPdf.WithObjectStream("/OpenAction << /S /JavaScript /JS (app.alert(1)) >>"), DocumentFileMessages.Script(Name) },
        { "JavaScript in an object stream only a PDF reader decodes", RawPdf.WithObjectStream("/OpenAction << /S /JavaScript /JS (app.alert(1)) >>", hex: true), DocumentFileMessages.Script(Name) },
        { "Launch", RawPdf.OnePage("/OpenAction << /S /Launch /F (calc.exe) >>"), DocumentFileMessages.Launch(Name) },
        { "Launch, escaped", RawPdf.OnePage("/OpenAction << /S /#4C#61unch /F (cmd.exe) >>"), DocumentFileMessages.Launch(Name) },
        { "additional actions", RawPdf.OnePage("/AA << /WC 5 0 R >>", "", "<< /S /GoTo /D [3 0 R /Fit] >>"), DocumentFileMessages.AutoAction(Name) },
        { "embedded files", RawPdf.OnePage("/Names << /EmbeddedFiles << /Names [(a.exe) 5 0 R] >> >>", "", "<< /Type /Filespec /F (a.exe) /EF << /F 6 0 R >> >>", "<< /Type /EmbeddedFile /Length 2 >>\nstream\nMZ\nendstream"), DocumentFileMessages.Embedded(Name) },
        { "encrypted", RawPdf.OnePage("", "/Encrypt 5 0 R /ID [<0123456789abcdef0123456789abcdef> <0123456789abcdef0123456789abcdef>]", "<< /Filter /Standard /V 2 /R 3 /Length 128 /P -4 /O <00> /U <00> >>"), DocumentFileMessages.Encrypted(Name) },
        { "a PNG", TestImages.Png(20, 20), DocumentFileMessages.NotWhatItsNameSays(Name, Portal.Web.LegalDocuments.DocumentFileFormat.Pdf) },
        { "an HTML page", TestImages.Html(), DocumentFileMessages.NotWhatItsNameSays(Name, Portal.Web.LegalDocuments.DocumentFileFormat.Pdf) },
        { "HTML behind a PDF signature", Encoding.ASCII.GetBytes("%PDF-1.4\n<html><script>alert(1)</script></html>"), DocumentFileMessages.Unreadable(Name, Portal.Web.LegalDocuments.DocumentFileFormat.Pdf) },
        { "empty", [], DocumentFileMessages.Empty(Name) },
    };

    [Theory]
    [MemberData(nameof(Hostile))]
    public async Task IsRefusedWithAMessageNamingTheFile(string what, byte[] content, string message)
    {
        var reading = await TestFiles.Reader().ReadAsync(Name, content, CancellationToken.None);

        Assert.False(reading.Accepted, what);
        Assert.Equal(message, reading.Refusal);
        Assert.Equal("", reading.Text);
    }

    [Fact]
    public async Task TheHandWrittenPdfItselfIsAccepted()
    {
        // The hostile PDFs above are this one with one thing added: what refuses them is that thing.
        var plain = await TestFiles.Reader().ReadAsync(Name, RawPdf.OnePage(), CancellationToken.None);
        var packed = await TestFiles.Reader().ReadAsync(Name, RawPdf.WithObjectStream("/PageMode /UseNone"), CancellationToken.None);
        var hex = await TestFiles.Reader().ReadAsync(Name, RawPdf.WithObjectStream("/PageMode /UseNone", hex: true), CancellationToken.None);

        Assert.True(plain.Accepted, plain.Refusal);
        Assert.Contains("Dieu 1. Quy dinh chung", plain.Text);
        Assert.True(packed.Accepted, packed.Refusal);
        Assert.Contains("Dieu 1", packed.Text);
        Assert.True(hex.Accepted, hex.Refusal);
    }

    [Fact]
    public async Task AFileOverThirtyMegabytesIsRefusedUnread()
    {
        var content = new byte[Portal.Web.LegalDocuments.LegalDocumentFile.MaxLength + 1];
        "%PDF-1.7\n"u8.CopyTo(content);

        var reading = await TestFiles.Reader().ReadAsync(Name, content, CancellationToken.None);

        Assert.Equal(DocumentFileMessages.TooLarge(Name), reading.Refusal);
    }

    [Theory]
    [InlineData("Quyết định.exe")]
    [InlineData("Quyết định.pdf.html")]
    [InlineData("Quyết định.doc")]
    [InlineData("Quyết định")]
    public async Task AnotherKindOfFileIsRefused(string name)
    {
        var reading = await TestFiles.Reader().ReadAsync(name, SimplePdf.Write("Quyết định", ["Điều 1."]), CancellationToken.None);

        Assert.Equal(DocumentFileMessages.NotAllowed(name), reading.Refusal);
    }

    [Fact]
    public async Task AScanWithoutTextIsAcceptedWithoutText()
    {
        var scan = ScannedPdf(TestImages.Jpeg(600, 800));

        var reading = await TestFiles.Reader().ReadAsync("Bản scan.pdf", scan, CancellationToken.None);

        Assert.True(reading.Accepted, reading.Refusal);
        Assert.False(reading.HasText);
        Assert.Equal("", reading.Text);
        Assert.Equal(1, reading.PageCount);
    }

    [Fact]
    public async Task AFlateBombIsRefusedBeforeItIsUnpacked()
    {
        var bomb = RawPdf.FlateBomb(260L * 1024 * 1024, image: true);
        var reader = TestFiles.Reader();

        var reading = await reader.ReadAsync(Name, bomb, CancellationToken.None);

        Assert.Equal(DocumentFileMessages.Bomb(Name), reading.Refusal);
        Assert.True(reader.LastAllocated < 64L * 1024 * 1024, $"{reader.LastAllocated:N0} bytes allocated");
    }

    [Fact]
    public async Task APageWhoseContentUnpacksPastTheBoundIsRefused()
    {
        var page = RawPdf.FlateBomb(new DocumentFileLimits().MaxStreamLength + 1024 * 1024);
        var reader = TestFiles.Reader();

        var reading = await reader.ReadAsync(Name, page, CancellationToken.None);

        Assert.Equal(DocumentFileMessages.TooHeavy(Name), reading.Refusal);
        Assert.True(reader.LastAllocated < 32L * 1024 * 1024, $"{reader.LastAllocated:N0} bytes allocated");
    }

    [Fact]
    public async Task APdfSlowerThanTheDeadlineIsRefusedInTime()
    {
        var book = RawPdf.ManyPages(pages: 20_000, lines: 2_000, strokes: true);
        var limits = new DocumentFileLimits();
        var clock = System.Diagnostics.Stopwatch.StartNew();

        var reading = await TestFiles.Reader(l => l.MemoryBudget = long.MaxValue).ReadAsync(Name, book, CancellationToken.None);

        Assert.Equal(DocumentFileMessages.TooSlow(Name), reading.Refusal);
        Assert.InRange(clock.Elapsed, limits.Deadline, TimeSpan.FromSeconds(15));
    }

    [Fact]
    public async Task APdfHeavierThanTheMemoryBudgetIsRefusedWithinIt()
    {
        const long budget = 256L * 1024 * 1024;
        var book = RawPdf.ManyPages(pages: 20_000, lines: 90);
        var reader = TestFiles.Reader(l =>
        {
            l.MemoryBudget = budget;
            l.Deadline = TimeSpan.FromMinutes(2);
        });

        var reading = await reader.ReadAsync(Name, book, CancellationToken.None);

        Assert.Equal(DocumentFileMessages.TooHeavy(Name), reading.Refusal);
        // Checked between pages: over by at most one page's reading.
        Assert.InRange(reader.LastAllocated, budget, budget + 16L * 1024 * 1024);
    }

    /// <summary>A page that is only a photo, as a scanner makes it.</summary>
    private static byte[] ScannedPdf(byte[] jpeg)
    {
        using var builder = new UglyToad.PdfPig.Writer.PdfDocumentBuilder();
        var page = builder.AddPage(UglyToad.PdfPig.Content.PageSize.A4);
        page.AddJpeg(jpeg, new UglyToad.PdfPig.Core.PdfRectangle(0, 0, 595, 842));
        return builder.Build();
    }
}
