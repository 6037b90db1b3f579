using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;
using NetVips;

namespace Portal.Tests.Builders;

/// <summary>Images and hostile files made in the test: real encoders (libvips) and hand-built bytes, no fixtures.</summary>
public static class TestImages
{
    /// <summary>A JPEG of a colour gradient, with no metadata of its own.</summary>
    public static byte[] Jpeg(int width, int height, int quality = 85)
    {
        using var image = Gradient(width, height);
        return image.JpegsaveBuffer(q: quality, keep: Enums.ForeignKeep.None);
    }

    public static byte[] Png(int width, int height)
    {
        using var image = Gradient(width, height);
        return image.PngsaveBuffer(keep: Enums.ForeignKeep.None);
    }

    public static byte[] Webp(int width, int height)
    {
        using var image = Gradient(width, height);
        return image.WebpsaveBuffer(keep: Enums.ForeignKeep.None);
    }

    /// <summary>A camera's JPEG: EXIF with an orientation and a GPS position, and an XMP packet with the position too.</summary>
    public static byte[] CameraJpeg(int width, int height, int orientation)
    {
        var jpeg = Jpeg(width, height);
        var exif = Segment(0xE1, [.. "Exif\0\0"u8, .. Exif(orientation)]);
        var xmp = Segment(0xE1, [.. "http://ns.adobe.com/xap/1.0/\0"u8, .. Encoding.UTF8.GetBytes(XmpPacket)]);
        // Right after the start-of-image marker, where cameras write them.
        return [.. jpeg[..2], .. exif, .. xmp, .. jpeg[2..]];
    }

    /// <summary>The first part of a real JPEG: its header is whole, its picture is not.</summary>
    public static byte[] TruncatedJpeg()
    {
        var jpeg = NoisyJpeg(800, 600);
        return jpeg[..(jpeg.Length * 6 / 10)];
    }

    /// <summary>
    /// A valid 8-bit grey PNG of <paramref name="side"/> × <paramref name="side"/> black pixels: a few hundred KB that
    /// decode to side² bytes (400 MB at 20,000).
    /// </summary>
    public static byte[] HugePng(int side)
    {
        using var compressed = new MemoryStream();
        using (var zlib = new ZLibStream(compressed, CompressionLevel.SmallestSize, leaveOpen: true))
        {
            var row = new byte[side + 1];   // filter byte 0, then the pixels
            for (var y = 0; y < side; y++)
            {
                zlib.Write(row);
            }
        }
        var header = new byte[13];
        BinaryPrimitives.WriteInt32BigEndian(header, side);
        BinaryPrimitives.WriteInt32BigEndian(header.AsSpan(4), side);
        header[8] = 8;      // bit depth; colour type 0 (grey), no interlace
        using var png = new MemoryStream();
        png.Write([0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A]);
        Chunk(png, "IHDR", header);
        Chunk(png, "IDAT", compressed.ToArray());
        Chunk(png, "IEND", []);
        return png.ToArray();
    }

    public static byte[] Html() => Encoding.UTF8.GetBytes("<!DOCTYPE html><html><head><title>x</title></head><body><script>alert(document.cookie)</script></body></html>");

    public static byte[] SvgWithScript() => Encoding.UTF8.GetBytes(
        "<?xml version=\"1.0\"?><svg xmlns=\"http://www.w3.org/2000/svg\" width=\"100\" height=\"100\" onload=\"alert(1)\">" +
        "<script>alert(document.cookie)</script><rect width=\"100\" height=\"100\"/></svg>");

    private static byte[] NoisyJpeg(int width, int height)
    {
        using var noise = Image.Gaussnoise(width, height, mean: 128, sigma: 40);
        using var bands = noise.Bandjoin(noise, noise);
        using var image = bands.Cast(Enums.BandFormat.Uchar).Copy(interpretation: Enums.Interpretation.Srgb);
        return image.JpegsaveBuffer(q: 90, keep: Enums.ForeignKeep.None);
    }

    private static Image Gradient(int width, int height)
    {
        using var xy = Image.Xyz(width, height);
        using var x = xy[0];
        using var y = xy[1];
        using var red = x * (255.0 / width);
        using var green = y * (255.0 / height);
        using var blue = (x + y) * (255.0 / (width + height));
        using var joined = red.Bandjoin(green, blue);
        using var bytes = joined.Cast(Enums.BandFormat.Uchar);
        return bytes.Copy(interpretation: Enums.Interpretation.Srgb);
    }

    private const string XmpPacket =
        "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\"><rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">" +
        "<rdf:Description rdf:about=\"\" xmlns:exif=\"http://ns.adobe.com/exif/1.0/\" exif:GPSLatitude=\"10,20.5N\" exif:GPSLongitude=\"107,5.1E\"/>" +
        "</rdf:RDF></x:xmpmeta>";

    /// <summary>A little-endian TIFF block: IFD0 (orientation, a pointer to the GPS IFD), then the GPS IFD (10°20'30"N, 107°5'6"E).</summary>
    private static byte[] Exif(int orientation)
    {
        var tiff = new byte[152];
        var s = tiff.AsSpan();
        "II"u8.CopyTo(s);
        BinaryPrimitives.WriteUInt16LittleEndian(s[2..], 42);
        BinaryPrimitives.WriteUInt32LittleEndian(s[4..], 8);
        var at = 8;
        BinaryPrimitives.WriteUInt16LittleEndian(s[at..], 2);
        Entry(s, at + 2, 0x0112, 3, 1, (uint)orientation);
        Entry(s, at + 14, 0x8825, 4, 1, 38);           // GPS IFD at 38
        BinaryPrimitives.WriteUInt32LittleEndian(s[(at + 26)..], 0);
        at = 38;
        BinaryPrimitives.WriteUInt16LittleEndian(s[at..], 5);
        Entry(s, at + 2, 0x0000, 1, 4, 0x00000302);    // version 2.3.0.0
        Entry(s, at + 14, 0x0001, 2, 2, 'N');
        Entry(s, at + 26, 0x0002, 5, 3, 104);
        Entry(s, at + 38, 0x0003, 2, 2, 'E');
        Entry(s, at + 50, 0x0004, 5, 3, 128);
        BinaryPrimitives.WriteUInt32LittleEndian(s[(at + 62)..], 0);
        Rationals(s[104..], 10, 20, 30);
        Rationals(s[128..], 107, 5, 6);
        return tiff;
    }

    private static void Entry(Span<byte> s, int at, ushort tag, ushort type, uint count, uint value)
    {
        BinaryPrimitives.WriteUInt16LittleEndian(s[at..], tag);
        BinaryPrimitives.WriteUInt16LittleEndian(s[(at + 2)..], type);
        BinaryPrimitives.WriteUInt32LittleEndian(s[(at + 4)..], count);
        BinaryPrimitives.WriteUInt32LittleEndian(s[(at + 8)..], value);
    }

    private static void Rationals(Span<byte> s, params uint[] values)
    {
        for (var i = 0; i < values.Length; i++)
        {
            BinaryPrimitives.WriteUInt32LittleEndian(s[(i * 8)..], values[i]);
            BinaryPrimitives.WriteUInt32LittleEndian(s[(i * 8 + 4)..], 1);
        }
    }

    private static byte[] Segment(byte marker, byte[] payload)
    {
        var length = (ushort)(payload.Length + 2);
        return [0xFF, marker, (byte)(length >> 8), (byte)length, .. payload];
    }

    private static void Chunk(Stream png, string type, byte[] data)
    {
        var length = new byte[4];
        BinaryPrimitives.WriteInt32BigEndian(length, data.Length);
        png.Write(length);
        byte[] typed = [.. Encoding.ASCII.GetBytes(type), .. data];
        png.Write(typed);
        var crc = new byte[4];
        BinaryPrimitives.WriteUInt32BigEndian(crc, Crc32(typed));
        png.Write(crc);
    }

    private static uint Crc32(byte[] bytes)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in bytes)
        {
            crc ^= b;
            for (var k = 0; k < 8; k++)
            {
                crc = (crc & 1) != 0 ? 0xEDB88320u ^ (crc >> 1) : crc >> 1;
            }
        }
        return ~crc;
    }
}

/// <summary>A body of <paramref name="length"/> bytes made as it is read, counting what was read.</summary>
public sealed class GeneratedStream(long length) : Stream
{
    public long BytesRead { get; private set; }

    public override int Read(byte[] buffer, int offset, int count)
    {
        var n = (int)Math.Min(count, length - BytesRead);
        Array.Fill(buffer, (byte)0xFF, offset, n);
        BytesRead += n;
        return n;
    }

    public override bool CanRead => true;
    public override bool CanSeek => false;
    public override bool CanWrite => false;
    public override long Length => throw new NotSupportedException();
    public override long Position { get => BytesRead; set => throw new NotSupportedException(); }
    public override void Flush() { }
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
