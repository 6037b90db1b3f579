using AngleSharp.Html.Parser;
using Portal.Web.Media;

namespace Portal.Tests.Unit;

public sealed class ResponsiveImageTests
{
    private static Photo PhotoOf(int width, int height, string alt = "Lễ hội \"Nghinh Ông\" <b>")
    {
        var photo = new Photo { AltText = alt, Width = Math.Min(width, 1920), Height = Math.Min(width, 1920) * height / width };
        foreach (var w in PhotoProcessor.WidthsFor(width))
        {
            foreach (var format in new[] { PhotoVariant.Webp, PhotoVariant.Jpeg })
            {
                photo.Variants.Add(new PhotoVariant { Width = w, Height = w * height / width, Format = format, Hash = $"{w:x4}{format[0]}".PadRight(32, '0') });
            }
        }
        return photo;
    }

    [Theory]
    [InlineData(4000, new[] { 320, 640, 960, 1280, 1920 })]
    [InlineData(800, new[] { 320, 640, 800 })]
    [InlineData(320, new[] { 320 })]
    [InlineData(100, new[] { 100 })]
    public void WidthsAreNeverEnlarged(int width, int[] expected) => Assert.Equal(expected, PhotoProcessor.WidthsFor(width));

    [Fact]
    public void APictureOffersWebpAndJpegAtEveryWidthWithItsSizeAndEncodedAlt()
    {
        var html = ResponsiveImage.Picture(PhotoOf(800, 600), "(min-width: 60em) 40em, 100vw").ToString()!;
        var document = new HtmlParser().ParseDocument(html);

        var source = document.QuerySelector("picture > source")!;
        Assert.Equal("image/webp", source.GetAttribute("type"));
        Assert.Equal("(min-width: 60em) 40em, 100vw", source.GetAttribute("sizes"));
        Assert.Equal(3, source.GetAttribute("srcset")!.Split(", ").Length);
        Assert.EndsWith(".webp 800w", source.GetAttribute("srcset"));
        var img = document.QuerySelector("picture > img")!;
        Assert.EndsWith(".jpg", img.GetAttribute("src"));
        Assert.Contains(".jpg 320w", img.GetAttribute("srcset"));
        Assert.Equal(("800", "600"), (img.GetAttribute("width"), img.GetAttribute("height")));
        Assert.Equal("Lễ hội \"Nghinh Ông\" <b>", img.GetAttribute("alt"));
        Assert.Empty(document.QuerySelectorAll("b"));
        Assert.Equal(("lazy", "async", null), (img.GetAttribute("loading"), img.GetAttribute("decoding"), img.GetAttribute("fetchpriority")));
    }

    [Fact]
    public void TheCoverIsFetchedAtOnce()
    {
        var html = ResponsiveImage.Picture(PhotoOf(4000, 3000), "100vw", ImageLoading.Eager, "cover").ToString()!;
        var img = new HtmlParser().ParseDocument(html).QuerySelector("img")!;
        Assert.Equal(("eager", "high", "cover"), (img.GetAttribute("loading"), img.GetAttribute("fetchpriority"), img.GetAttribute("class")));
        Assert.Equal(("1920", "1440"), (img.GetAttribute("width"), img.GetAttribute("height")));
    }
}
