using System.Text;
using Portal.Web.Localization;

namespace Portal.Web.LegalDocuments;

/// <summary>
/// Số ký hiệu as compared: folded to its runs of letters and digits with one space between
/// (<c>15/2024/QĐ-UBND</c> and <c>15 2024 qd ubnd</c> are both <c>15 2024 qd ubnd</c>).
/// </summary>
public static class LegalDocumentNumber
{
    public static string Key(string? number)
    {
        if (string.IsNullOrWhiteSpace(number))
        {
            return "";
        }
        var key = new StringBuilder(number.Length);
        foreach (var c in VietnameseText.Fold(number))
        {
            if (c is >= 'a' and <= 'z' or >= '0' and <= '9')
            {
                key.Append(c);
            }
            else if (key.Length > 0 && key[^1] != ' ')
            {
                key.Append(' ');
            }
        }
        return key.ToString().TrimEnd();
    }
}
