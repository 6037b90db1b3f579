using System.Globalization;
using System.Text;

namespace Portal.Web.Localization;

public static class VietnameseText
{
    private static readonly NumberFormatInfo GroupedNumbers = new() { NumberGroupSeparator = ".", NumberDecimalSeparator = "," };

    // Latin, IPA, combining marks, Greek, Cyrillic, and the Vietnamese letters of Latin Extended Additional.
    private const int TableEnd = 0x0530;
    private const int ExtendedStart = 0x1E00;
    private const int ExtendedEnd = 0x1F00;
    private const int Dropped = -1;
    private const int NotSingle = -2;

    // Each of those characters folds alone to one character or to nothing, whatever stands around it, so
    // text made of them folds a character at a time: the same result as the full path, many times faster.
    private static readonly int[] FoldTable = BuildFoldTable();

    /// <summary>Digits grouped the Vietnamese way: 25903248 becomes 25.903.248.</summary>
    public static string FormatCount(long value) => value.ToString("#,0", GroupedNumbers);

    /// <summary>
    /// Lower-case ASCII with the diacritics taken off: "Hội nghị Đà Nẵng" becomes "hoi nghi da nang".
    /// Đ/đ carry no combining mark, so they are folded by hand.
    /// </summary>
    public static string Fold(string text)
    {
        var buffer = text.Length <= 256 ? stackalloc char[text.Length] : new char[text.Length];
        return TryFoldEachCharacter(text, buffer, out var written) ? new string(buffer[..written]) : FoldFully(text);
    }

    /// <summary>
    /// <see cref="Fold"/> into <paramref name="destination"/> (as long as <paramref name="text"/>), without
    /// allocating; false when a character needs the full path.
    /// </summary>
    public static bool TryFoldEachCharacter(ReadOnlySpan<char> text, Span<char> destination, out int written)
    {
        written = 0;
        foreach (var c in text)
        {
            var index = c < TableEnd ? c : c is >= (char)ExtendedStart and < (char)ExtendedEnd ? TableEnd + c - ExtendedStart : -1;
            var mapped = index < 0 ? NotSingle : FoldTable[index];
            if (mapped == NotSingle)
            {
                return false;
            }
            if (mapped != Dropped)
            {
                destination[written++] = (char)mapped;
            }
        }
        return true;
    }

    /// <summary>The reference: full Unicode decomposition, marks dropped, lower-cased, recomposed.</summary>
    internal static string FoldFully(string text)
    {
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var folded = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            switch (CharUnicodeInfo.GetUnicodeCategory(c))
            {
                case UnicodeCategory.NonSpacingMark:
                case UnicodeCategory.SpacingCombiningMark:
                case UnicodeCategory.EnclosingMark:
                    continue;
            }
            folded.Append(c switch
            {
                'đ' or 'Đ' => 'd',
                _ => char.ToLowerInvariant(c),
            });
        }
        return folded.ToString().Normalize(NormalizationForm.FormC);
    }

    private static int[] BuildFoldTable()
    {
        var table = new int[TableEnd + ExtendedEnd - ExtendedStart];
        for (var i = 0; i < table.Length; i++)
        {
            var c = (char)(i < TableEnd ? i : i - TableEnd + ExtendedStart);
            var folded = FoldFully(c.ToString());
            table[i] = folded.Length switch
            {
                0 => Dropped,
                1 => folded[0],
                _ => NotSingle,
            };
        }
        return table;
    }
}
