namespace Portal.Web.Media;

/// <summary>
/// An uploaded photo: its words (alternative text, caption, credit) and the variants made from it at upload.
/// Nothing the editor sent is kept: only the re-encoded variants, whose bytes live in the <see cref="IPhotoStore"/>.
/// </summary>
public class Photo
{
    public const int AltTextMaxLength = 300;
    public const int CaptionMaxLength = 500;
    public const int CreditMaxLength = 200;

    public int Id { get; set; }

    /// <summary>Required: what the photo shows, for readers who cannot see it.</summary>
    public required string AltText { get; set; }
    public string Caption { get; set; } = "";

    /// <summary>The photographer, shown as "Ảnh: {Credit}".</summary>
    public string Credit { get; set; } = "";

    /// <summary>Of the largest stored variant, after the orientation was applied.</summary>
    public int Width { get; set; }
    public int Height { get; set; }

    public DateTime UploadedAt { get; set; }
    public string UploadedBy { get; set; } = "";

    /// <summary>Alternative text, caption and credit folded (<c>VietnameseText.Fold</c>), for the library's search.</summary>
    public string SearchText { get; set; } = "";

    public List<PhotoVariant> Variants { get; set; } = [];
}

/// <summary>One width of a photo in one format; its bytes are in the store under <see cref="Hash"/>.</summary>
public class PhotoVariant
{
    public const string Webp = "webp";
    public const string Jpeg = "jpeg";

    public int Id { get; set; }
    public int PhotoId { get; set; }
    public int Width { get; set; }
    public int Height { get; set; }

    /// <summary><see cref="Webp"/> or <see cref="Jpeg"/>.</summary>
    public required string Format { get; set; }

    /// <summary>Lower-case hex of the first 16 bytes of the SHA-256 of the variant's bytes.</summary>
    public required string Hash { get; set; }
    public long Length { get; set; }

    public string ContentType => PhotoContentTypes.Of(Format);
}

/// <summary>Where a photo is used: one row per article and photo (the cover, or an image in the body).</summary>
public class ArticlePhoto
{
    public int ArticleId { get; set; }
    public int PhotoId { get; set; }
    public bool IsCover { get; set; }
}

/// <summary>A variant's bytes, when the database is the store (<see cref="DatabasePhotoStore"/>).</summary>
public class PhotoBlob
{
    public required string Hash { get; set; }
    public required string ContentType { get; set; }
    public required byte[] Data { get; set; }
}
