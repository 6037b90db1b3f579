using Portal.Web.LegalDocuments;

namespace Portal.Web.Articles.Attachments;

/// <summary>
/// A PDF, DOCX or XLSX attached to an article, checked and kept as a legal document's files are (bytes in the
/// content-addressed <see cref="Media.IPhotoStore"/> under <see cref="Hash"/>). <see cref="ArticleId"/> is null from
/// the upload until the article is saved with it, as a photo may be uploaded before the article's first save.
/// </summary>
public class ArticleAttachment
{
    public int Id { get; set; }
    public int? ArticleId { get; set; }

    /// <summary>Its place in the article's list.</summary>
    public int SortOrder { get; set; }

    /// <summary>The name it was uploaded with (NFC, no folder, no control characters), given back in Content-Disposition.</summary>
    public required string FileName { get; set; }
    public DocumentFileFormat Format { get; set; }
    public long Length { get; set; }
    public required string Hash { get; set; }
    public DateTime UploadedAt { get; set; }
    public string UploadedBy { get; set; } = "";

    /// <summary>What citizens read beside the name: PDF, Word or Excel.</summary>
    public static string Kind(DocumentFileFormat format) => format switch
    {
        DocumentFileFormat.Docx => "Word",
        DocumentFileFormat.Xlsx => "Excel",
        _ => "PDF",
    };
}
