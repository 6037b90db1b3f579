using System.Globalization;
using System.Text;

namespace Portal.Web.Localization;

public static class VietnameseText
{
    private static readonly NumberFormatInfo GroupedNumbers = new() { NumberGroupSeparator = ".", NumberDecimalSeparator = "," };

    /// <summary>Digits grouped the Vietnamese way: 25903248 becomes 25.903.248.</summary>
    public static string FormatCount(long value) => value.ToString("#,0", GroupedNumbers);

    /// <summary>
    /// Lower-case ASCII with the diacritics taken off: "Hội nghị Đà Nẵng" becomes "hoi nghi da nang".
    /// Đ/đ carry no combining mark, so they are folded by hand.
    /// </summary>
    public static string Fold(string text)
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
}
