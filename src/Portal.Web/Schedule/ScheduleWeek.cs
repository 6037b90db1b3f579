using System.Globalization;
using Portal.Web.Localization;

namespace Portal.Web.Schedule;

/// <summary>
/// A week of the schedule, Monday to Sunday in Vietnam time: its ISO name (<c>2026-W50</c>), its days and its
/// bounds in UTC. Read from <c>?tuan=2026-W50</c> or <c>?ngay=07/12/2026</c>, strictly: anything else, or a year
/// outside <see cref="FirstYear"/>–<see cref="LastYear"/>, is no week.
/// </summary>
public sealed record ScheduleWeek(DateOnly Monday)
{
    public const int FirstYear = 2000;
    public const int LastYear = 2100;
    public const string WeekQuery = "tuan";
    public const string DateQuery = "ngay";

    public DateOnly Sunday => Monday.AddDays(6);

    public IEnumerable<DateOnly> Days => Enumerable.Range(0, 7).Select(Monday.AddDays);

    public DateTime StartUtc => VietnamTime.ToUtc(Monday.ToDateTime(TimeOnly.MinValue));

    public DateTime EndUtc => VietnamTime.ToUtc(Monday.AddDays(7).ToDateTime(TimeOnly.MinValue));

    public string IsoName => $"{ISOWeek.GetYear(Monday.ToDateTime(TimeOnly.MinValue)).ToString("D4", CultureInfo.InvariantCulture)}-W{ISOWeek.GetWeekOfYear(Monday.ToDateTime(TimeOnly.MinValue)).ToString("D2", CultureInfo.InvariantCulture)}";

    public int Number => ISOWeek.GetWeekOfYear(Monday.ToDateTime(TimeOnly.MinValue));

    public ScheduleWeek Previous => new(Monday.AddDays(-7));

    public ScheduleWeek Next => new(Monday.AddDays(7));

    public static ScheduleWeek Of(DateOnly day) => new(day.AddDays(-(((int)day.DayOfWeek + 6) % 7)));

    public static ScheduleWeek Of(DateTime utc) => Of(DateOnly.FromDateTime(VietnamTime.ToVietnam(utc)));

    public static ScheduleWeek Current(TimeProvider time) => Of(VietnamTime.Today(time));

    public bool Holds(DateTime utc) => utc >= StartUtc && utc < EndUtc;

    /// <summary>The ISO week <c>2026-W50</c> (also <c>2026-w50</c>); false for any other text or week 53 of a 52-week year.</summary>
    public static bool TryParseIso(string? text, out ScheduleWeek week)
    {
        week = null!;
        if (text is null || text.Length != 8 || text[4] != '-' || char.ToUpperInvariant(text[5]) != 'W'
            || !int.TryParse(text.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var year)
            || !int.TryParse(text.AsSpan(6, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var number)
            || year is < FirstYear or > LastYear || number < 1 || number > ISOWeek.GetWeeksInYear(year))
        {
            return false;
        }
        week = new ScheduleWeek(DateOnly.FromDateTime(ISOWeek.ToDateTime(year, number, DayOfWeek.Monday)));
        return true;
    }

    /// <summary>The week holding a day typed <c>dd/MM/yyyy</c> (or the <c>yyyy-MM-dd</c> of a date field).</summary>
    public static bool TryParseDay(string? text, out ScheduleWeek week)
    {
        week = null!;
        if (text is null || text.Length > 10
            || !DateOnly.TryParseExact(text.Trim(), ["d/M/yyyy", "yyyy-MM-dd"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
            || day.Year is < FirstYear or > LastYear)
        {
            return false;
        }
        week = Of(day);
        return true;
    }

    /// <summary>The week a query names (<c>tuan</c> first, then <c>ngay</c>), the current one when it names none; null when what it names is no week.</summary>
    public static ScheduleWeek? FromQuery(IQueryCollection query, TimeProvider time)
    {
        var iso = query[WeekQuery].ToString();
        var day = query[DateQuery].ToString();
        if (query[WeekQuery].Count > 1 || query[DateQuery].Count > 1)
        {
            return null;
        }
        if (iso.Length > 0)
        {
            return TryParseIso(iso, out var week) ? week : null;
        }
        if (day.Length > 0)
        {
            return TryParseDay(day, out var week) ? week : null;
        }
        return Current(time);
    }

    /// <summary>"Tuần 50 (07/12/2026 – 13/12/2026)".</summary>
    public string Title => $"Tuần {Number} ({Format(Monday)} – {Format(Sunday)})";

    public static string Format(DateOnly day) => day.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);

    private static readonly string[] DayNames = ["Chủ nhật", "Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy"];

    /// <summary>"Thứ Hai": the key of its English label too.</summary>
    public static string DayName(DateOnly day) => DayNames[(int)day.DayOfWeek];

    /// <summary>"Thứ Hai, 07/12/2026".</summary>
    public static string DayTitle(DateOnly day) => $"{DayName(day)}, {Format(day)}";
}
