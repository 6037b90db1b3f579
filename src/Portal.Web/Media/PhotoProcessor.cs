using NetVips;

namespace Portal.Web.Media;

/// <summary>
/// Turns an uploaded file into the variants the portal serves, with libvips (NetVips), at upload time only. The file
/// is judged by its content: its first bytes must be a JPEG, PNG or WebP signature and libvips' loader for that
/// format must read its header; the header's size is checked before any pixel is decoded. The variants are decoded
/// from the file once (shrunk while loading where the format allows), turned upright by its orientation tag, brought
/// to sRGB, and written without any metadata: nothing the editor sent is kept or served.
/// </summary>
public sealed class PhotoProcessor
{
    public const long MaxBytes = 10 * 1024 * 1024;
    public const long MaxPixels = 40_000_000;
    public const int Quality = 80;

    /// <summary>The widths served; a narrower photo stops at its own width (never enlarged).</summary>
    public static readonly int[] Widths = [320, 640, 960, 1280, 1920];

    /// <summary>WebP's own limit on either side; a very tall photo is fitted under it.</summary>
    private const int MaxHeight = 16_383;

    // One upload at a time: on a small server a second would double the memory and take the other core from readers.
    private static readonly SemaphoreSlim OneAtATime = new(1, 1);

    static PhotoProcessor() => Vips.Configure();

    /// <summary>Reads at most <see cref="MaxBytes"/> + 1 bytes: a larger file is refused without being read whole.</summary>
    public static async Task<(byte[]? Bytes, string? Error)> ReadAsync(Stream content, long? declaredLength, CancellationToken ct)
    {
        if (declaredLength > MaxBytes)
        {
            return (null, PhotoMessages.TooLarge);
        }
        var buffer = new byte[(int)Math.Min(declaredLength is > 0 ? declaredLength.Value + 1 : 256 * 1024, MaxBytes + 1)];
        var length = 0;
        while (true)
        {
            if (length == buffer.Length)
            {
                if (length > MaxBytes)
                {
                    return (null, PhotoMessages.TooLarge);
                }
                Array.Resize(ref buffer, (int)Math.Min((long)buffer.Length * 2, MaxBytes + 1));
            }
            var read = await content.ReadAsync(buffer.AsMemory(length), ct);
            if (read == 0)
            {
                break;
            }
            length += read;
        }
        if (length == 0)
        {
            return (null, PhotoMessages.Empty);
        }
        if (length > MaxBytes)
        {
            return (null, PhotoMessages.TooLarge);
        }
        return (length == buffer.Length ? buffer : buffer[..length], null);
    }

    /// <summary>The format its first bytes announce, or null: the name and declared type are never asked.</summary>
    public static PhotoFormat? Sniff(ReadOnlySpan<byte> bytes)
    {
        if (bytes is [0xFF, 0xD8, 0xFF, ..])
        {
            return PhotoFormat.Jpeg;
        }
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A]))
        {
            return PhotoFormat.Png;
        }
        if (bytes.Length >= 12 && bytes[..4].SequenceEqual("RIFF"u8) && bytes[8..12].SequenceEqual("WEBP"u8))
        {
            return PhotoFormat.Webp;
        }
        return null;
    }

    /// <summary>
    /// The format and size from the header alone, or the refusal: not an image, a header libvips cannot read, or
    /// more than <see cref="MaxPixels"/> (a small file that would decode to a huge image costs nothing here).
    /// </summary>
    public static PhotoHeader Inspect(byte[] bytes)
    {
        if (Sniff(bytes) is not { } format)
        {
            return PhotoHeader.Refused(PhotoMessages.NotAnImage);
        }
        try
        {
            using var image = LoadHeader(bytes, format);
            var (width, height) = (image.Width, image.Height);
            if ((long)width * height > MaxPixels)
            {
                return PhotoHeader.Refused(PhotoMessages.TooManyPixels(width, height));
            }
            return new PhotoHeader(format, width, height, null);
        }
        catch (VipsException)
        {
            return PhotoHeader.Refused(PhotoMessages.Corrupt);
        }
    }

    /// <summary>
    /// The variants, each width in WebP and JPEG, or the refusal when the file turns out broken while decoding
    /// (a truncated JPEG passes <see cref="Inspect"/>: its header is whole).
    /// </summary>
    public async Task<(IReadOnlyList<EncodedVariant>? Variants, string? Error)> EncodeAsync(byte[] bytes, CancellationToken ct)
    {
        var header = Inspect(bytes);
        if (header.Error is not null)
        {
            return (null, header.Error);
        }
        await OneAtATime.WaitAsync(ct);
        try
        {
            return (Encode(bytes), null);
        }
        catch (VipsException)
        {
            return (null, PhotoMessages.Corrupt);
        }
        finally
        {
            OneAtATime.Release();
        }
    }

    /// <summary>
    /// Decodes once into the largest variant (shrink-on-load, upright, sRGB), kept in memory; the smaller widths
    /// are made from it. Every save keeps no metadata: no EXIF, GPS, XMP, IPTC or ICC profile.
    /// </summary>
    public static IReadOnlyList<EncodedVariant> Encode(byte[] bytes)
    {
        using var largest = Largest(bytes);
        var variants = new List<EncodedVariant>();
        foreach (var width in WidthsFor(largest.Width))
        {
            if (width == largest.Width)
            {
                AddBoth(variants, largest);
            }
            else
            {
                using var smaller = largest.ThumbnailImage(width, height: MaxHeight, size: Enums.Size.Down);
                AddBoth(variants, smaller);
            }
        }
        return variants;
    }

    /// <summary>The widths for a photo <paramref name="width"/> wide: the standard ones below it, then its own (at most 1920).</summary>
    public static IEnumerable<int> WidthsFor(int width)
    {
        var largest = Math.Min(width, Widths[^1]);
        return Widths.Where(w => w < largest).Append(largest);
    }

    private static Image Largest(byte[] bytes)
    {
        // The loader's fail_on goes in the option string: thumbnail's own failOn does not reach the loader, and a
        // truncated JPEG would be decoded with grey where its end was missing.
        // A colour profile is applied (to sRGB) only when the file has one: for the rest it would cost a colour
        // transform of every pixel for nothing.
        bool hasProfile;
        using (var header = Image.NewFromBuffer(bytes))
        {
            hasProfile = header.Contains("icc-profile-data");
        }
        using var decoded = Image.ThumbnailBuffer(bytes, Widths[^1], optionString: "fail_on=error", height: MaxHeight,
            size: Enums.Size.Down, outputProfile: hasProfile ? "srgb" : null);
        var image = decoded;
        if (image.Interpretation is not (Enums.Interpretation.Srgb or Enums.Interpretation.Bw))
        {
            image = image.Colourspace(Enums.Interpretation.Srgb);   // CMYK, 16-bit and the rest become 8-bit sRGB
        }
        // Every pixel decoded now, so a broken file fails here, once, and each width reads memory.
        var inMemory = image.CopyMemory();
        if (!ReferenceEquals(image, decoded))
        {
            image.Dispose();
        }
        return inMemory;
    }

    private static void AddBoth(List<EncodedVariant> variants, Image image)
    {
        variants.Add(EncodedVariant.Of(image, PhotoVariant.Webp,
            image.WebpsaveBuffer(q: Quality, effort: 4, keep: Enums.ForeignKeep.None)));
        using var opaque = image.HasAlpha() ? image.Flatten(background: [255, 255, 255]) : null;
        variants.Add(EncodedVariant.Of(image, PhotoVariant.Jpeg,
            (opaque ?? image).JpegsaveBuffer(q: Quality, optimizeCoding: true, keep: Enums.ForeignKeep.None)));
    }

    private static Image LoadHeader(byte[] bytes, PhotoFormat format) => format switch
    {
        PhotoFormat.Jpeg => Image.JpegloadBuffer(bytes, failOn: Enums.FailOn.Error),
        PhotoFormat.Png => Image.PngloadBuffer(bytes, failOn: Enums.FailOn.Error),
        _ => Image.WebploadBuffer(bytes, failOn: Enums.FailOn.Error),
    };
}

public enum PhotoFormat
{
    Jpeg,
    Png,
    Webp,
}

/// <summary>What a file's header says, or why it is refused.</summary>
public sealed record PhotoHeader(PhotoFormat Format, int Width, int Height, string? Error)
{
    public static PhotoHeader Refused(string error) => new(default, 0, 0, error);
}

/// <summary>One re-encoded variant, ready for the store.</summary>
public sealed record EncodedVariant(int Width, int Height, string Format, byte[] Bytes, string Hash)
{
    public static EncodedVariant Of(Image image, string format, byte[] bytes) =>
        new(image.Width, image.Height, format, bytes, PhotoHash.Of(bytes));
}
