using System.IO.Compression;
using System.Xml;
using System.Xml.Linq;

namespace Portal.Web.LegalDocuments.Files;

/// <summary>
/// A DOCX or XLSX as a zip, looked at before the Open XML SDK opens it: bounded parts, bounded unpacked size (the sizes
/// the headers claim, then the bytes actually inflated, which a lying header cannot hide), no macros, no content
/// fetched from elsewhere; and its kind, from the main part's content type.
/// </summary>
internal static class OfficePackage
{
    private const string ContentTypesPart = "[Content_Types].xml";
    private const long RatioCheckedFrom = 1024 * 1024;
    private const string WordMain = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml";
    private const string ExcelMain = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml";

    /// <summary>The kind the package really is, or null when it is some other zip.</summary>
    public static DocumentFileFormat? Inspect(byte[] content, ReadingBudget budget)
    {
        ZipArchive zip;
        try
        {
            zip = new ZipArchive(new MemoryStream(content, writable: false), ZipArchiveMode.Read);
        }
        catch (InvalidDataException)
        {
            return null;
        }
        using (zip)
        {
            var limits = budget.Limits;
            if (zip.Entries.Count > limits.MaxZipEntries || zip.Entries.Sum(e => e.Length) > limits.MaxUnpackedLength)
            {
                throw new FileRefusedException(Refusal.Bomb);
            }
            DocumentFileFormat? format = null;
            foreach (var entry in zip.Entries)
            {
                budget.Check();
                if (entry.Length > RatioCheckedFrom && entry.Length / Math.Max(entry.CompressedLength, 1) > limits.MaxCompressionRatio)
                {
                    throw new FileRefusedException(Refusal.Bomb);
                }
                var name = entry.FullName;
                if (name.EndsWith("vbaProject.bin", StringComparison.OrdinalIgnoreCase) || name.EndsWith("vbaData.xml", StringComparison.OrdinalIgnoreCase))
                {
                    throw new FileRefusedException(Refusal.Macro);
                }
                var bytes = Inflate(entry, budget, keep: name == ContentTypesPart || name.EndsWith(".rels", StringComparison.OrdinalIgnoreCase));
                if (bytes is null)
                {
                    continue;
                }
                if (name == ContentTypesPart)
                {
                    format = MainFormat(bytes);
                }
                else
                {
                    CheckRelationships(bytes);
                }
            }
            return format;
        }
    }

    /// <summary>Inflates a part counting what comes out; its bytes when <paramref name="keep"/> (small XML parts only).</summary>
    private static byte[]? Inflate(ZipArchiveEntry entry, ReadingBudget budget, bool keep)
    {
        using var kept = keep ? new MemoryStream() : null;
        var buffer = new byte[81920];
        long total = 0;
        try
        {
            using var stream = entry.Open();
            int read;
            while ((read = stream.Read(buffer)) > 0)
            {
                total += read;
                budget.Unpacked(read);
                if (total > entry.Length)
                {
                    throw new FileRefusedException(Refusal.Bomb);    // more than its header claims
                }
                if (total % (8 * 1024 * 1024) < read)
                {
                    budget.Check();
                }
                kept?.Write(buffer, 0, read);
            }
        }
        catch (InvalidDataException)
        {
            throw new FileRefusedException(Refusal.Unreadable);
        }
        return kept?.ToArray();
    }

    private static DocumentFileFormat? MainFormat(byte[] contentTypes)
    {
        var types = Parse(contentTypes).Descendants()
            .Select(e => (string?)e.Attribute("ContentType") ?? "")
            .ToList();
        if (types.Any(t => t.Contains("macroEnabled", StringComparison.OrdinalIgnoreCase)))
        {
            throw new FileRefusedException(Refusal.Macro);
        }
        return types.Contains(WordMain) ? DocumentFileFormat.Docx
            : types.Contains(ExcelMain) ? DocumentFileFormat.Xlsx
            : null;
    }

    /// <summary>
    /// A link to a web page is fine; a template, a linked object or a frame fetched from elsewhere when the file is
    /// opened is how a Word file phones home or loads a payload.
    /// </summary>
    private static void CheckRelationships(byte[] rels)
    {
        foreach (var relationship in Parse(rels).Descendants())
        {
            var external = string.Equals((string?)relationship.Attribute("TargetMode"), "External", StringComparison.OrdinalIgnoreCase);
            var type = (string?)relationship.Attribute("Type") ?? "";
            if (external && !type.EndsWith("/hyperlink", StringComparison.Ordinal))
            {
                throw new FileRefusedException(Refusal.External);
            }
        }
    }

    private static XDocument Parse(byte[] xml)
    {
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null, MaxCharactersInDocument = 16 * 1024 * 1024 };
        try
        {
            using var reader = XmlReader.Create(new MemoryStream(xml, writable: false), settings);
            return XDocument.Load(reader);
        }
        catch (XmlException)
        {
            throw new FileRefusedException(Refusal.Unreadable);
        }
    }
}
