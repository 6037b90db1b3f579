namespace Portal.Web.LegalDocuments;

/// <summary>
/// One file of a document (its text, an appendix): PDF, DOCX or XLSX. The bytes live in the content-addressed store
/// photos use (<see cref="Media.IPhotoStore"/>) under <see cref="Hash"/>; the text read from them is kept here, for
/// search and for a rebuild of the index.
/// </summary>
public class LegalDocumentFile
{
    public const int FileNameMaxLength = 255;
    public const long MaxLength = 30 * 1024 * 1024;

    public int Id { get; set; }
    public int DocumentId { get; set; }

    /// <summary>Its place among the document's files: the text first, then the appendices.</summary>
    public int SortOrder { get; set; }

    /// <summary>The name it was uploaded with (NFC), given back in Content-Disposition.</summary>
    public required string FileName { get; set; }

    /// <summary><see cref="DocumentFileFormat"/>'s name: pdf, docx or xlsx.</summary>
    public DocumentFileFormat Format { get; set; }
    public long Length { get; set; }

    /// <summary>Lower-case hex of the first 16 bytes of the SHA-256 of the bytes (<see cref="Media.PhotoHash"/>).</summary>
    public required string Hash { get; set; }

    /// <summary>Pages of a PDF; null for other formats.</summary>
    public int? PageCount { get; set; }

    /// <summary>The text read from the file; empty for a scan without a text layer.</summary>
    public string Text { get; set; } = "";

    /// <summary>False for a scan without a text layer: search finds the document by its fields only.</summary>
    public bool HasText { get; set; }

    public DateTime UploadedAt { get; set; }
    public string UploadedBy { get; set; } = "";
}

public enum DocumentFileFormat
{
    Pdf = 0,
    Docx = 1,
    Xlsx = 2,
}

public static class DocumentFileFormats
{
    public static string ContentType(DocumentFileFormat format) => format switch
    {
        DocumentFileFormat.Pdf => "application/pdf",
        DocumentFileFormat.Docx => "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        DocumentFileFormat.Xlsx => "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        _ => "application/octet-stream",
    };

    /// <summary>
    /// The type the bytes are kept under in <see cref="Media.IPhotoStore"/>: a DOCX or XLSX is a zip there (the blob's
    /// column holds 32 characters, and the file system store names a file by it); the row's <see cref="LegalDocumentFile.Format"/>
    /// gives the exact type served.
    /// </summary>
    public static string StoredContentType(DocumentFileFormat format) =>
        format == DocumentFileFormat.Pdf ? "application/pdf" : "application/zip";

    public static string Extension(DocumentFileFormat format) => format switch
    {
        DocumentFileFormat.Pdf => ".pdf",
        DocumentFileFormat.Docx => ".docx",
        DocumentFileFormat.Xlsx => ".xlsx",
        _ => "",
    };

    /// <summary>The label citizens see: PDF, DOCX, XLSX.</summary>
    public static string Label(DocumentFileFormat format) => format.ToString().ToUpperInvariant();

    /// <summary>A file's size for people: "245 KB", "3,3 MB" (Vietnamese decimal comma).</summary>
    public static string Size(long bytes) => bytes >= 1024 * 1024
        ? (bytes / (1024.0 * 1024)).ToString("0.#", System.Globalization.CultureInfo.GetCultureInfo("vi-VN")) + " MB"
        : Math.Max(1, (bytes + 1023) / 1024).ToString(System.Globalization.CultureInfo.InvariantCulture) + " KB";
}
