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
