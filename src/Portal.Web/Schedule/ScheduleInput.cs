using System.Globalization;
using Portal.Web.Localization;

namespace Portal.Web.Schedule;

/// <summary>What the newsroom's form sends for one entry: the day and times as typed, the leaders' ids and the texts.</summary>
public sealed class ScheduleInput
{
    public int Id { get; set; }
    public Guid Version { get; set; }

    /// <summary><c>dd/MM/yyyy</c>.</summary>
    public string? Date { get; set; }

    /// <summary><c>HH:mm</c>.</summary>
    public string? Start { get; set; }

    /// <summary><c>HH:mm</c>, optional.</summary>
    public string? End { get; set; }

    /// <summary><c>dd/MM/yyyy</c>, optional: the day of <see cref="Date"/> when empty.</summary>
    public string? EndDate { get; set; }

    /// <summary>The officials' ids as sent: text, so that a value that is no id gets the rule's message.</summary>
    public List<string> LeaderIds { get; set; } = [];
    public string? Content { get; set; }
    public string? Place { get; set; }
    public string? Attendees { get; set; }
    public string? PreparingUnit { get; set; }
    public bool IsRecurring { get; set; }

    public const int MaxLeaders = 20;

    public static string FormatDate(DateTime utc) => VietnamTime.FormatDate(utc);

    public static string FormatTime(DateTime utc) => VietnamTime.ToVietnam(utc).ToString("HH:mm", CultureInfo.InvariantCulture);

    /// <summary>The form filled with a saved entry.</summary>
    public static ScheduleInput Of(ScheduleEntry entry) => new()
    {
        Id = entry.Id,
        Version = entry.Version,
        Date = FormatDate(entry.StartsAt),
        Start = FormatTime(entry.StartsAt),
        End = entry.EndsAt is { } end ? FormatTime(end) : "",
        EndDate = entry.EndsAt is { } e && FormatDate(e) != FormatDate(entry.StartsAt) ? FormatDate(e) : "",
        LeaderIds = entry.Leaders.Select(o => o.Id.ToString(CultureInfo.InvariantCulture)).ToList(),
        Content = entry.Content,
        Place = entry.Place,
        Attendees = entry.Attendees,
        PreparingUnit = entry.PreparingUnit,
        IsRecurring = entry.IsRecurring,
    };

    /// <summary>How the audit log and messages name an entry: "08:00 07/12/2026 Giao ban…".</summary>
    public static string Describe(ScheduleEntry entry)
    {
        var content = entry.Content.Length > 80 ? entry.Content[..80] + "…" : entry.Content;
        return $"{FormatTime(entry.StartsAt)} {FormatDate(entry.StartsAt)} {content}";
    }

    /// <summary>A day typed <c>dd/MM/yyyy</c>, strictly (31/02 is none), in the years the schedule accepts.</summary>
    public static bool TryParseDate(string? text, out DateOnly day)
    {
        day = default;
        return text is { Length: <= 10 }
            && DateOnly.TryParseExact(text.Trim(), ["d/M/yyyy"], CultureInfo.InvariantCulture, DateTimeStyles.None, out day)
            && day.Year is >= ScheduleWeek.FirstYear and <= ScheduleWeek.LastYear;
    }

    /// <summary>A time typed <c>HH:mm</c> on the 24-hour clock (25:00 is none).</summary>
    public static bool TryParseTime(string? text, out TimeOnly at)
    {
        at = default;
        return text is { Length: <= 5 }
            && TimeOnly.TryParseExact(text.Trim(), ["H:mm", "HH:mm"], CultureInfo.InvariantCulture, DateTimeStyles.None, out at);
    }
}
