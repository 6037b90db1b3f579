using System.Net;
using MetadataExtractor;
using MetadataExtractor.Formats.Exif;
using MetadataExtractor.Formats.Icc;
using MetadataExtractor.Formats.Iptc;
using MetadataExtractor.Formats.Xmp;
using NetVips;
using Portal.Tests.Builders;
using Portal.Web.Media;

namespace Portal.Tests.Integration.Photos;

/// <summary>
/// A camera's photo (4000 × 3000, turned by its EXIF orientation 6, with a GPS position in EXIF and XMP) comes out as
/// upright variants at every width, in WebP and JPEG, none of which carries any metadata.
/// </summary>
public sealed class TheServedVariantsCarryNoMetadata : IDisposable
{
    private readonly PortalFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task NoGpsExifOrXmpInAnyVariantAndEveryWidthUpright()
    {
        var camera = TestImages.CameraJpeg(4000, 3000, orientation: 6);
        var sent = ImageMetadataReader.ReadMetadata(new MemoryStream(camera));
        Assert.NotEmpty(sent.OfType<GpsDirectory>().Single().Tags);   // the test's own input really carries a position
        Assert.Equal(6, sent.OfType<ExifIfd0Directory>().Single().GetInt32(ExifDirectoryBase.TagOrientation));
        Assert.Single(sent.OfType<XmpDirectory>());

        var photo = await _factory.UploadedAsync(camera);

        // Orientation 6 turns the 4000 × 3000 sensor picture into a portrait: 3 wide for 4 high.
        Assert.Equal((1920, 2560), (photo.Width, photo.Height));
        int[] widths = [320, 640, 960, 1280, 1920];
        foreach (var format in new[] { PhotoVariant.Webp, PhotoVariant.Jpeg })
        {
            Assert.Equal(widths, photo.Variants.Where(v => v.Format == format).Select(v => v.Width).Order());
        }
        using var browser = _factory.CreateBrowser();
        foreach (var variant in photo.Variants)
        {
            var response = await browser.GetAsync(PhotoUrls.Variant(variant));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal(variant.Format == PhotoVariant.Jpeg ? "image/jpeg" : "image/webp", response.Content.Headers.ContentType?.MediaType);
            Assert.Equal("public, max-age=31536000, immutable", response.Headers.CacheControl?.ToString());
            Assert.Equal($"\"{variant.Hash}\"", response.Headers.ETag?.Tag);
            Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
            var bytes = await response.Content.ReadAsByteArrayAsync();
            Assert.Equal(variant.Length, response.Content.Headers.ContentLength);
            Assert.Equal(variant.Length, bytes.Length);

            var metadata = ImageMetadataReader.ReadMetadata(new MemoryStream(bytes));
            Assert.Empty(metadata.OfType<GpsDirectory>());
            Assert.Empty(metadata.OfType<ExifIfd0Directory>());
            Assert.Empty(metadata.OfType<ExifSubIfdDirectory>());
            Assert.Empty(metadata.OfType<XmpDirectory>());
            Assert.Empty(metadata.OfType<IptcDirectory>());
            Assert.Empty(metadata.OfType<IccDirectory>());

            using var served = Image.NewFromBuffer(bytes);
            Assert.Equal((variant.Width, variant.Height), (served.Width, served.Height));
            Assert.Equal(variant.Width * 4 / 3, served.Height, tolerance: 1);
            Assert.DoesNotContain("orientation", served.GetFields());
        }
    }
}
