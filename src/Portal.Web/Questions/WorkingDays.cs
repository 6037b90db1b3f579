using Portal.Web.Localization;

namespace Portal.Web.Questions;

/// <summary>
/// The answering deadline in working days: Monday to Friday in Vietnam time, less the configured holidays. The count
/// starts on the working day after the question was confirmed (a question confirmed on Friday evening, or on a
/// Saturday, is counted from Monday), and the deadline is the end of the last working day counted.
/// </summary>
public static class WorkingDays
{
    public static bool IsWorkingDay(DateOnly day, IReadOnlyCollection<DateOnly> holidays) =>
        day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && !holidays.Contains(day);

    /// <summary>The last day to answer a question confirmed at <paramref name="confirmedAtUtc"/> (a Vietnam date).</summary>
    public static DateOnly DueDate(DateTime confirmedAtUtc, int workingDays, IReadOnlyCollection<DateOnly> holidays) =>
        DueDate(DateOnly.FromDateTime(VietnamTime.ToVietnam(confirmedAtUtc)), workingDays, holidays);

    public static DateOnly DueDate(DateOnly confirmedOn, int workingDays, IReadOnlyCollection<DateOnly> holidays)
    {
        var day = confirmedOn;
        for (var counted = 0; counted < Math.Max(1, workingDays);)
        {
            day = day.AddDays(1);
            if (IsWorkingDay(day, holidays))
            {
                counted++;
            }
        }
        return day;
    }

    /// <summary>Whether a question confirmed at <paramref name="confirmedAtUtc"/> and not answered is overdue at <paramref name="nowUtc"/>.</summary>
    public static bool IsOverdue(DateTime confirmedAtUtc, DateTime nowUtc, int workingDays, IReadOnlyCollection<DateOnly> holidays) =>
        DateOnly.FromDateTime(VietnamTime.ToVietnam(nowUtc)) > DueDate(confirmedAtUtc, workingDays, holidays);

    /// <summary>
    /// The instant (UTC) before which a confirmation makes a question overdue at <paramref name="nowUtc"/>: a query
    /// compares <c>ConfirmedAt</c> with it, so the count is one indexed comparison. The deadline grows with the
    /// confirmation day, so the latest overdue day is found by walking back from today.
    /// </summary>
    public static DateTime OverdueBefore(DateTime nowUtc, int workingDays, IReadOnlyCollection<DateOnly> holidays)
    {
        var today = DateOnly.FromDateTime(VietnamTime.ToVietnam(nowUtc));
        var day = today;
        while (DueDate(day, workingDays, holidays) >= today)
        {
            day = day.AddDays(-1);
        }
        return VietnamTime.ToUtc(day.AddDays(1).ToDateTime(TimeOnly.MinValue));
    }
}
