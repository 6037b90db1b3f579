using System.IO.Compression;
using System.Text;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Tokens;

namespace Portal.Web.LegalDocuments.Files;

/// <summary>
/// What a PDF may not carry: scripts, launch actions, automatic actions, embedded files, encryption. Looked for twice:
/// in the bytes, with every name's <c>#xx</c> escapes decoded and every Flate stream unpacked (the object streams
/// hide dictionaries there) under a bound of bytes unpacked, which also stops a Flate bomb before PdfPig decodes it;
/// then in every object PdfPig parses, which catches what odd syntax hides from the first look.
/// </summary>
internal static class PdfHazards
{
    private static readonly Dictionary<string, Refusal> Names = new(StringComparer.Ordinal)
    {
        ["JS"] = Refusal.Script,
        ["JavaScript"] = Refusal.Script,
        ["XFA"] = Refusal.Script,
        ["Launch"] = Refusal.Launch,
        ["AA"] = Refusal.AutoAction,
        ["ImportData"] = Refusal.AutoAction,
        ["SubmitForm"] = Refusal.AutoAction,
        ["EmbeddedFile"] = Refusal.Embedded,
        ["EmbeddedFiles"] = Refusal.Embedded,
        ["FileAttachment"] = Refusal.Embedded,
        ["RichMedia"] = Refusal.Embedded,
        ["Encrypt"] = Refusal.Encrypted,
    };

    /// <summary>Only an object stream's unpacked bytes are read as PDF syntax, so one is kept whole up to this.</summary>
    private const int ObjectStreamMaxLength = 64 * 1024 * 1024;

    public static void CheckBytes(ReadOnlySpan<byte> pdf, ReadingBudget budget)
    {
        var position = 0;
        while (position < pdf.Length)
        {
            budget.Check();
            var found = pdf[position..].IndexOf("stream"u8);
            if (found < 0)
            {
                CheckNames(pdf[position..]);
                return;
            }
            var keyword = position + found;
            var dataStart = StreamDataStart(pdf, keyword);
            if (dataStart < 0)
            {
                // "endstream", or "stream" inside a name or a string: not the start of a stream's data.
                CheckNames(pdf[position..(keyword + 6)]);
                position = keyword + 6;
                continue;
            }
            var header = pdf[position..keyword];
            CheckNames(header);
            var dictionary = header[(header.LastIndexOf("obj"u8) + 1)..];
            var end = pdf[dataStart..].IndexOf("endstream"u8);
            var dataEnd = end < 0 ? pdf.Length : dataStart + end;
            if (HasName(dictionary, "FlateDecode") || HasName(dictionary, "Fl"))
            {
                Unpack(pdf[dataStart..dataEnd], HasName(dictionary, "ObjStm"), budget);
            }
            position = dataEnd;
        }
    }

    /// <summary>Every object PdfPig parses (those in object streams too), and the trailer.</summary>
    public static void CheckStructure(PdfDocument document, ReadingBudget budget)
    {
        if (document.IsEncrypted || document.Structure.Trailer.EncryptionToken is not null)
        {
            throw new FileRefusedException(Refusal.Encrypted);
        }
        var seen = 0;
        foreach (var reference in document.Structure.CrossReferenceTable.ObjectOffsets.Keys)
        {
            if (++seen % 256 == 0)
            {
                budget.Check();
            }
            IToken token;
            try
            {
                token = document.Structure.GetObject(reference);
            }
            catch (Exception e) when (e is not FileRefusedException and not OutOfMemoryException)
            {
                continue;    // an object PdfPig cannot parse is never used by it either
            }
            Walk(token, 0);
        }
    }

    private static void Walk(IToken token, int depth)
    {
        if (depth > 64)
        {
            return;
        }
        switch (token)
        {
            case NameToken name:
                Check(name.Data);
                break;
            case ObjectToken obj:
                Walk(obj.Data, depth + 1);
                break;
            case StreamToken stream:
                Walk(stream.StreamDictionary, depth + 1);
                break;
            case DictionaryToken dictionary:
                foreach (var (key, value) in dictionary.Data)
                {
                    Check(key);
                    Walk(value, depth + 1);
                }
                break;
            case ArrayToken array:
                foreach (var item in array.Data)
                {
                    Walk(item, depth + 1);
                }
                break;
        }
    }

    private static void Check(string name)
    {
        if (Names.TryGetValue(name, out var refusal))
        {
            throw new FileRefusedException(refusal);
        }
    }

    /// <summary>Where a stream's data begins after the keyword <c>stream</c> and its end of line; -1 when it is not that keyword.</summary>
    private static int StreamDataStart(ReadOnlySpan<byte> pdf, int keyword)
    {
        if (keyword >= 3 && pdf[(keyword - 3)..keyword].SequenceEqual("end"u8))
        {
            return -1;
        }
        if (keyword > 0 && !IsWhitespace(pdf[keyword - 1]) && pdf[keyword - 1] != '>')
        {
            return -1;
        }
        var after = keyword + 6;
        if (after < pdf.Length && pdf[after] == '\r')
        {
            after++;
        }
        if (after < pdf.Length && pdf[after] == '\n')
        {
            return after + 1;
        }
        return after > keyword + 6 ? after : -1;
    }

    /// <summary>Unpacks a Flate stream counting its bytes; an object stream's are read as PDF syntax for names.</summary>
    private static void Unpack(ReadOnlySpan<byte> data, bool objectStream, ReadingBudget budget)
    {
        using var input = new MemoryStream(data.ToArray(), writable: false);
        using var inflater = new ZLibStream(input, CompressionMode.Decompress);
        using var kept = objectStream ? new MemoryStream() : null;
        var buffer = new byte[81920];
        long total = 0;
        try
        {
            int read;
            while ((read = inflater.Read(buffer)) > 0)
            {
                total += read;
                budget.Unpacked(read);
                if (total % (8 * 1024 * 1024) < read)
                {
                    budget.Check();
                }
                if (kept is not null)
                {
                    if (kept.Length + read > ObjectStreamMaxLength)
                    {
                        throw new FileRefusedException(Refusal.Bomb);
                    }
                    kept.Write(buffer, 0, read);
                }
            }
        }
        catch (InvalidDataException)
        {
            // A damaged stream: PdfPig decides what it makes of it; what was unpacked is still looked at.
        }
        if (kept is not null)
        {
            CheckNames(kept.GetBuffer().AsSpan(0, (int)kept.Length));
        }
    }

    private static bool HasName(ReadOnlySpan<byte> syntax, string wanted)
    {
        var found = false;
        ForEachName(syntax, name => found |= name == wanted);
        return found;
    }

    private static void CheckNames(ReadOnlySpan<byte> syntax) => ForEachName(syntax, Check);

    /// <summary>Each <c>/Name</c> in PDF syntax, its <c>#xx</c> escapes decoded (<c>/J#61vaScript</c> is <c>/JavaScript</c>).</summary>
    private static void ForEachName(ReadOnlySpan<byte> syntax, Action<string> action)
    {
        var name = new StringBuilder();
        for (var i = 0; i < syntax.Length; i++)
        {
            if (syntax[i] != '/')
            {
                continue;
            }
            name.Clear();
            var j = i + 1;
            for (; j < syntax.Length && !IsWhitespace(syntax[j]) && !IsDelimiter(syntax[j]) && name.Length <= 64; j++)
            {
                if (syntax[j] == '#' && j + 2 < syntax.Length && IsHex(syntax[j + 1]) && IsHex(syntax[j + 2]))
                {
                    name.Append((char)Convert.ToByte(Encoding.ASCII.GetString(syntax.Slice(j + 1, 2)), 16));
                    j += 2;
                }
                else
                {
                    name.Append((char)syntax[j]);
                }
            }
            action(name.ToString());
            i = j - 1;
        }
    }

    private static bool IsWhitespace(byte b) => b is (byte)' ' or (byte)'\r' or (byte)'\n' or (byte)'\t' or (byte)'\f' or 0;

    private static bool IsDelimiter(byte b) => b is (byte)'/' or (byte)'(' or (byte)')' or (byte)'<' or (byte)'>' or (byte)'[' or (byte)']' or (byte)'{' or (byte)'}' or (byte)'%';

    private static bool IsHex(byte b) => char.IsAsciiHexDigit((char)b);
}
