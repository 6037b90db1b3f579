using System.Globalization;
using System.Text;

namespace Portal.Web.Common;

/// <summary>
/// The values of a public list's filters read from the query string (the documents', the questions'): one value per
/// name, trimmed and in NFC; a value given twice or not a number is left out with a message in Vietnamese, never an
/// error page.
/// </summary>
public static class FilterValues
{
    public static string? Text(IQueryCollection query, string name, string label, List<string> problems)
    {
        if (!query.TryGetValue(name, out var values) || values.Count == 0)
        {
            return null;
        }
        if (values.Count > 1)
        {
            problems.Add($"{label} được chọn nhiều lần; bộ lọc này đã được bỏ qua.");
            return null;
        }
        var text = values[0]?.Trim().Normalize(NormalizationForm.FormC);
        return string.IsNullOrEmpty(text) ? null : text;
    }

    public static int? Whole(IQueryCollection query, string name, string label, List<string> problems)
    {
        var text = Text(query, name, label, problems);
        if (text is null)
        {
            return null;
        }
        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number > 0)
        {
            return number;
        }
        problems.Add($"{label} “{Shorten(text)}” không hợp lệ; bộ lọc này đã được bỏ qua.");
        return null;
    }

    /// <summary>A typed value as a message quotes it: at most 40 characters.</summary>
    public static string Shorten(string text) => text.Length <= 40 ? text : text[..40] + "…";
}
