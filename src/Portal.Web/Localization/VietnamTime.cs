using System.Globalization;

namespace Portal.Web.Localization;

/// <summary>
/// Vietnam keeps UTC+7 all year (no daylight saving), so a fixed offset is exact and needs no tz database.
/// Times are stored in UTC and shown or entered in Vietnam time.
/// </summary>
public static class VietnamTime
{
    public static readonly TimeSpan Offset = TimeSpan.FromHours(7);

    public static DateTime ToVietnam(DateTime utc) => DateTime.SpecifyKind(utc, DateTimeKind.Utc) + Offset;

    public static DateTime ToUtc(DateTime vietnamLocal) =>
        DateTime.SpecifyKind(vietnamLocal - Offset, DateTimeKind.Utc);

    // What <input type="datetime-local"> sends, and what people type.
    private static readonly string[] TypedFormats = ["yyyy-MM-dd'T'HH:mm", "yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd HH:mm", "dd/MM/yyyy HH:mm", "HH:mm dd/MM/yyyy"];

    /// <summary>A date and time typed in Vietnam time, as UTC; false when the text is none.</summary>
    public static bool TryParseTyped(string? text, out DateTime utc)
    {
        utc = default;
        if (string.IsNullOrWhiteSpace(text)
            || !DateTime.TryParseExact(text.Trim(), TypedFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var vietnamTime))
        {
            return false;
        }
        utc = ToUtc(vietnamTime);
        return true;
    }

    // The form's fields show dd/MM/yyyy HH:mm whatever the browser's language; ISO (year first) is unambiguous too.
    private static readonly string[] InputFormats = ["d/M/yyyy H:mm", "yyyy-MM-dd'T'HH:mm"];

    /// <summary>The placeholder and hint of a date-and-time field.</summary>
    public const string InputPattern = "dd/MM/yyyy HH:mm";

    /// <summary>
    /// A date and time typed as <c>dd/MM/yyyy HH:mm</c> (day first, 24-hour clock) in Vietnam time, as UTC; false for
    /// anything else, such as 31/04, 29/02 of a common year or 24:00. Spaces around and between the parts are forgiven.
    /// </summary>
    public static bool TryParseInput(string? text, out DateTime utc)
    {
        utc = default;
        if (string.IsNullOrWhiteSpace(text) || text.Length > 40)
        {
            return false;
        }
        // NFKC turns full-width digits and slashes (typed with some Vietnamese input methods) into ASCII ones.
        var compact = string.Join(' ', text.Normalize(System.Text.NormalizationForm.FormKC).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        if (!DateTime.TryParseExact(compact, InputFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var vietnamTime))
        {
            return false;
        }
        utc = ToUtc(vietnamTime);
        return true;
    }

    /// <summary>A UTC time as the date-and-time fields show it: <c>dd/MM/yyyy HH:mm</c> in Vietnam time.</summary>
    public static string FormatInput(DateTime utc) =>
        ToVietnam(utc).ToString("dd/MM/yyyy HH:mm", CultureInfo.InvariantCulture);

    /// <summary>A UTC time as <c>&lt;input type="datetime-local"&gt;</c> shows it, in Vietnam time.</summary>
    public static string FormatTyped(DateTime utc) =>
        ToVietnam(utc).ToString("yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture);

    public static DateOnly Today(TimeProvider time) => DateOnly.FromDateTime(ToVietnam(time.GetUtcNow().UtcDateTime));

    /// <summary>The legacy portal's time stamp: <c>04:40 | 10/01/2019</c>.</summary>
    public static string FormatStamp(DateTime utc) =>
        ToVietnam(utc).ToString("HH:mm | dd/MM/yyyy", CultureInfo.InvariantCulture);

    public static string FormatDate(DateTime utc) =>
        ToVietnam(utc).ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);

    /// <summary>ISO 8601 with the +07:00 offset, for &lt;time datetime&gt;.</summary>
    public static string FormatIso(DateTime utc) =>
        new DateTimeOffset(ToVietnam(utc).Ticks, Offset).ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);
}
