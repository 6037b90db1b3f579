namespace Portal.Web.Media;

/// <summary>The addresses of photo variants: <c>/anh/{hash}.jpg|.webp</c>, which never change content.</summary>
public static class PhotoUrls
{
    public const string Prefix = "/anh";

    public static string Variant(PhotoVariant v) => $"{Prefix}/{v.Hash}.{(v.Format == PhotoVariant.Jpeg ? "jpg" : "webp")}";

    /// <summary>The output cache's tag of a variant's address, evicted when its bytes are deleted.</summary>
    public static string CacheTag(string hash) => $"anh:{hash}";
}

/// <summary>The Content-Type of each stored format.</summary>
public static class PhotoContentTypes
{
    public const string Jpeg = "image/jpeg";
    public const string Webp = "image/webp";

    public static string Of(string format) => format == PhotoVariant.Jpeg ? Jpeg : Webp;

    /// <summary>The Content-Type an address's extension stands for, or null for any other extension.</summary>
    public static string? OfExtension(string extension) => extension switch
    {
        "jpg" => Jpeg,
        "webp" => Webp,
        _ => null,
    };
}
