namespace Portal.Web.LegalDocuments.Files;

/// <summary>
/// <c>Portal:LegalDocuments:Files:*</c>: how much time and memory reading one uploaded file may take, and how far a
/// DOCX or XLSX may unpack. A file over a bound is refused with a message, never half read.
/// </summary>
public sealed class DocumentFileLimits
{
    public const string Section = "Portal:LegalDocuments:Files";

    /// <summary>The issue asks a 100-page PDF read in under 2 s; a file still being read after this is refused.</summary>
    public TimeSpan Deadline { get; set; } = TimeSpan.FromSeconds(8);

    /// <summary>Bytes the reading thread may allocate in all (measured between pages and parts).</summary>
    public long MemoryBudget { get; set; } = 768L * 1024 * 1024;

    /// <summary>Bytes the compressed streams of a PDF, or the parts of a DOCX or XLSX, may unpack to in all.</summary>
    public long MaxUnpackedLength { get; set; } = 200L * 1024 * 1024;

    /// <summary>Parts of a DOCX or XLSX: a real one has tens, a few thousand for a workbook of many sheets.</summary>
    public int MaxZipEntries { get; set; } = 10_000;

    /// <summary>Uncompressed to compressed, for a part over 1 MB: XML packs 10 to 50 times, a bomb thousands.</summary>
    public int MaxCompressionRatio { get; set; } = 200;

    /// <summary>Characters of text kept from one file: enough for any real document, and search stays bounded.</summary>
    public int MaxTextLength { get; set; } = 2_000_000;

    /// <summary>Files read at once: each may take a core and the memory budget.</summary>
    public int MaxConcurrentReads { get; set; } = 2;
}
