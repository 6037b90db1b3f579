using System.Globalization;
using System.IO.Compression;
using System.Text;

namespace Portal.Tests.Unit.LegalDocuments;

/// <summary>
/// PDFs written by hand, object by object, with a correct cross-reference table: the hostile ones a real tool would
/// not write. Object 1 is the catalog, 2 the page tree; the caller gives the rest.
/// </summary>
internal static class RawPdf
{
    public const string Font = "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>";

    /// <summary>One page (object 3) showing "Điều 1" in Helvetica, its content object 4, and <paramref name="catalogExtra"/> in the catalog.</summary>
    public static byte[] OnePage(string catalogExtra = "", string trailerExtra = "", params string[] moreObjects)
    {
        var objects = new List<string>
        {
            $"<< /Type /Catalog /Pages 2 0 R {catalogExtra} >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            $"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 {Font} >> >> /Contents 4 0 R >>",
            Stream("BT /F1 12 Tf 72 720 Td (Dieu 1. Quy dinh chung) Tj ET"),
        };
        objects.AddRange(moreObjects);
        return Write(objects, trailerExtra);
    }

    public static string Stream(string content) => $"<< /Length {content.Length} >>\nstream\n{content}\nendstream";

    /// <summary>The objects (numbered from 1) with an xref table and a trailer whose root is object 1.</summary>
    public static byte[] Write(IReadOnlyList<string> objects, string trailerExtra = "") =>
        WriteBinary(objects.Select(o => Encoding.Latin1.GetBytes(o)).ToList(), trailerExtra);

    public static byte[] WriteBinary(IReadOnlyList<byte[]> objects, string trailerExtra = "")
    {
        using var pdf = new MemoryStream();
        Append(pdf, "%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n");
        var offsets = new List<long>();
        for (var i = 0; i < objects.Count; i++)
        {
            offsets.Add(pdf.Position);
            Append(pdf, $"{i + 1} 0 obj\n");
            pdf.Write(objects[i]);
            Append(pdf, "\nendobj\n");
        }
        var xref = pdf.Position;
        var table = new StringBuilder($"xref\n0 {objects.Count + 1}\n0000000000 65535 f \n");
        foreach (var offset in offsets)
        {
            table.Append(CultureInfo.InvariantCulture, $"{offset:D10} 00000 n \n");
        }
        Append(pdf, table.ToString());
        Append(pdf, $"trailer\n<< /Size {objects.Count + 1} /Root 1 0 R {trailerExtra} >>\nstartxref\n{xref}\n%%EOF\n");
        return pdf.ToArray();
    }

    /// <summary>
    /// A PDF 1.5 whose catalog and page tree sit in a Flate-compressed object stream (object 5), found through a
    /// cross-reference stream (object 6): nothing of the catalog shows in the file's bytes. With <paramref name="hex"/>
    /// the object stream is in ASCII hex instead, which only a full PDF reader decodes.
    /// </summary>
    public static byte[] WithObjectStream(string catalogExtra, bool hex = false)
    {
        string[] packed =
        [
            $"<< /Type /Catalog /Pages 2 0 R {catalogExtra} >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        ];
        var header = new StringBuilder();
        var body = new StringBuilder();
        for (var i = 0; i < packed.Length; i++)
        {
            header.Append(CultureInfo.InvariantCulture, $"{i + 1} {body.Length} ");
            body.Append(packed[i]).Append('\n');
        }
        var plain = Encoding.Latin1.GetBytes(header + body.ToString());
        var objStm = hex ? Encoding.ASCII.GetBytes(Convert.ToHexString(plain) + ">") : Deflate(plain);
        using var pdf = new MemoryStream();
        Append(pdf, "%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n");
        var offsets = new Dictionary<int, long>();
        void Obj(int number, string dictionary, byte[]? stream = null)
        {
            offsets[number] = pdf.Position;
            Append(pdf, $"{number} 0 obj\n{dictionary}");
            if (stream is not null)
            {
                Append(pdf, "\nstream\n");
                pdf.Write(stream);
                Append(pdf, "\nendstream");
            }
            Append(pdf, "\nendobj\n");
        }
        Obj(3, $"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 {Font} >> >> /Contents 4 0 R >>");
        var content = "BT /F1 12 Tf 72 720 Td (Dieu 1) Tj ET";
        Obj(4, $"<< /Length {content.Length} >>", Encoding.Latin1.GetBytes(content));
        Obj(5, $"<< /Type /ObjStm /N {packed.Length} /First {header.Length} /Filter /{(hex ? "ASCIIHexDecode" : "FlateDecode")} /Length {objStm.Length} >>", objStm);
        var xrefOffset = pdf.Position;
        // W [1 4 2]: type, offset or object stream, generation or index.
        var rows = new MemoryStream();
        void Row(byte type, long field2, int field3)
        {
            rows.WriteByte(type);
            rows.Write([(byte)(field2 >> 24), (byte)(field2 >> 16), (byte)(field2 >> 8), (byte)field2]);
            rows.Write([(byte)(field3 >> 8), (byte)field3]);
        }
        Row(0, 0, 65535);
        Row(2, 5, 0);
        Row(2, 5, 1);
        Row(1, offsets[3], 0);
        Row(1, offsets[4], 0);
        Row(1, offsets[5], 0);
        Row(1, xrefOffset, 0);
        var xref = rows.ToArray();
        Obj(6, $"<< /Type /XRef /Size 7 /W [1 4 2] /Root 1 0 R /Length {xref.Length} >>", xref);
        Append(pdf, $"startxref\n{xrefOffset}\n%%EOF\n");
        return pdf.ToArray();
    }

    /// <summary>
    /// <paramref name="pages"/> pages that all draw one shared content stream of <paramref name="lines"/> lines of
    /// text, or of strokes when <paramref name="strokes"/> (no text: nothing stops at the cap of text kept): a small
    /// file that takes a reader as long as a book.
    /// </summary>
    public static byte[] ManyPages(int pages, int lines, bool strokes = false)
    {
        var content = new StringBuilder();
        for (var i = 0; i < lines; i++)
        {
            var y = 800 - i % 90 * 8;
            content.Append(strokes
                ? string.Create(CultureInfo.InvariantCulture, $"40 {y} m 300 {y + 3} l 555 {y} l S\n")
                : string.Create(CultureInfo.InvariantCulture, $"BT /F1 9 Tf 40 {y} Td (Dieu {i}. Quy dinh ve quan ly de dieu tren dia ban tinh va trach nhiem thi hanh) Tj ET\n"));
        }
        var kids = string.Join(' ', Enumerable.Range(0, pages).Select(i => $"{i + 5} 0 R"));
        var objects = new List<string>
        {
            "<< /Type /Catalog /Pages 2 0 R >>",
            $"<< /Type /Pages /Kids [{kids}] /Count {pages} >>",
            Font,
            Stream(content.ToString()),
        };
        for (var i = 0; i < pages; i++)
        {
            objects.Add("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> /Contents 4 0 R >>");
        }
        return Write(objects);
    }

    /// <summary>
    /// One page whose content stream (or, with <paramref name="image"/>, an image) unpacks to <paramref name="length"/>
    /// bytes of spaces: a Flate bomb.
    /// </summary>
    public static byte[] FlateBomb(long length, bool image = false)
    {
        var packed = Deflate(length);
        var kind = image ? "/Type /XObject /Subtype /Image /Width 16384 /Height 16384 /ColorSpace /DeviceGray /BitsPerComponent 8 " : "";
        var stream = Encoding.Latin1.GetBytes($"<< {kind}/Length {packed.Length} /Filter /FlateDecode >>\nstream\n").Concat(packed).Concat("\nendstream"u8.ToArray()).ToArray();
        return WriteBinary(
        [
            "<< /Type /Catalog /Pages 2 0 R >>"u8.ToArray(),
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>"u8.ToArray(),
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>"u8.ToArray(),
            stream,
        ]);
    }

    public static byte[] Deflate(byte[] bytes)
    {
        using var packed = new MemoryStream();
        using (var z = new ZLibStream(packed, CompressionLevel.Optimal))
        {
            z.Write(bytes);
        }
        return packed.ToArray();
    }

    private static byte[] Deflate(long spaces)
    {
        var block = new byte[1024 * 1024];
        Array.Fill(block, (byte)' ');
        using var packed = new MemoryStream();
        using (var z = new ZLibStream(packed, CompressionLevel.SmallestSize))
        {
            for (long written = 0; written < spaces; written += block.Length)
            {
                z.Write(block);
            }
        }
        return packed.ToArray();
    }

    private static void Append(Stream stream, string text) => stream.Write(Encoding.Latin1.GetBytes(text));
}
