using NetVips;

namespace Portal.Tests.Builders;

/// <summary>Photos made in the test, with the image library the portal itself uses: no binary fixture in the repository.</summary>
public static class TestPhotos
{
    private static int _made;

    /// <summary>A JPEG of the given size: a colour gradient, so that it compresses as a photo does; each one made differs.</summary>
    public static byte[] Jpeg(int width = 1600, int height = 1000) => Encode(width, height, ".jpg[Q=85]");

    public static byte[] Png(int width = 800, int height = 600) => Encode(width, height, ".png");

    private static byte[] Encode(int width, int height, string format)
    {
        var shade = Interlocked.Increment(ref _made) % 97;
        using var coordinates = Image.Xyz(width, height);
        using var x = coordinates[0];
        using var y = coordinates[1];
        using var red = x * (255.0 / width);
        using var green = y * (255.0 / height);
        using var blue = (x + y) * (127.0 / (width + height)) + shade;
        using var joined = red.Bandjoin(green, blue);
        using var rgb = joined.Cast(Enums.BandFormat.Uchar);
        return rgb.WriteToBuffer(format);
    }
}
