using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;

namespace Portal.Web.Media;

public enum ImageLoading
{
    /// <summary>Below the fold: the browser fetches it when it comes near the screen.</summary>
    Lazy,

    /// <summary>Above the fold (the cover): fetched at once, first among the images.</summary>
    Eager,
}

/// <summary>
/// The markup of a photo: WebP for browsers that take it, JPEG for the rest, each at every stored width so the
/// browser picks by <c>sizes</c>; width and height reserve the space, so nothing moves when it arrives.
/// </summary>
public static class ResponsiveImage
{
    // As the pages' own encoder (WebSetup): Vietnamese alt text stays letters, markup characters are escaped.
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(System.Text.Unicode.UnicodeRanges.All);

    // altText: the page's own text for the image (an official's name and title) instead of the photo's.
    public static IHtmlContent Picture(Photo photo, string sizes, ImageLoading loading = ImageLoading.Lazy, string? cssClass = null, string? altText = null)
    {
        var webp = photo.Variants.Where(v => v.Format == PhotoVariant.Webp).OrderBy(v => v.Width).ToList();
        var jpeg = photo.Variants.Where(v => v.Format == PhotoVariant.Jpeg).OrderBy(v => v.Width).ToList();
        var encoder = Encoder;
        var html = new StringBuilder("<picture>");
        if (webp.Count > 0)
        {
            html.Append("<source type=\"image/webp\" srcset=\"").Append(encoder.Encode(SrcSet(webp)))
                .Append("\" sizes=\"").Append(encoder.Encode(sizes)).Append("\">");
        }
        html.Append("<img");
        if (jpeg.Count > 0)
        {
            html.Append(" src=\"").Append(encoder.Encode(PhotoUrls.Variant(jpeg[(jpeg.Count - 1) / 2])))
                .Append("\" srcset=\"").Append(encoder.Encode(SrcSet(jpeg)))
                .Append("\" sizes=\"").Append(encoder.Encode(sizes)).Append('"');
        }
        html.Append(CultureInfo.InvariantCulture, $" width=\"{photo.Width}\" height=\"{photo.Height}\"")
            .Append(" alt=\"").Append(encoder.Encode(altText ?? photo.AltText)).Append('"');
        if (!string.IsNullOrEmpty(cssClass))
        {
            html.Append(" class=\"").Append(encoder.Encode(cssClass)).Append('"');
        }
        html.Append(loading == ImageLoading.Eager ? " loading=\"eager\" fetchpriority=\"high\"" : " loading=\"lazy\"")
            .Append(" decoding=\"async\"></picture>");
        return new HtmlString(html.ToString());
    }

    private static string SrcSet(IEnumerable<PhotoVariant> variants) =>
        string.Join(", ", variants.Select(v => string.Create(CultureInfo.InvariantCulture, $"{PhotoUrls.Variant(v)} {v.Width}w")));
}
