using Portal.Web.Localization;
using Portal.Web.Questions;

namespace Portal.Tests.Unit;

/// <summary>The answering deadline in working days: Monday to Friday in Vietnam time, less holidays, counted from the next day.</summary>
public sealed class WorkingDaysTests
{
    private static readonly DateOnly[] NoHolidays = [];

    // 2026-12-07 is a Monday.
    private static DateTime Vietnam(int day, int hour, int minute = 0) => VietnamTime.ToUtc(new DateTime(2026, 12, day, hour, minute, 0));

    [Fact]
    public void AWeekOfWorkingDaysSkipsTheWeekend()
    {
        Assert.Equal(new DateOnly(2026, 12, 14), WorkingDays.DueDate(Vietnam(7, 9), 5, NoHolidays));
        Assert.Equal(new DateOnly(2026, 12, 16), WorkingDays.DueDate(Vietnam(7, 9), 7, NoHolidays));
    }

    [Fact]
    public void FridayEveningAndTheWeekendCountFromMonday()
    {
        var fromMonday = new DateOnly(2026, 12, 14);
        Assert.Equal(fromMonday, WorkingDays.DueDate(Vietnam(11, 20), 1, NoHolidays));
        Assert.Equal(fromMonday, WorkingDays.DueDate(Vietnam(12, 10), 1, NoHolidays));
        Assert.Equal(fromMonday, WorkingDays.DueDate(Vietnam(13, 23, 59), 1, NoHolidays));
    }

    [Fact]
    public void TheDayIsVietnamsNotUtcs()
    {
        // Thursday 20:00 UTC is Friday 03:00 in Vietnam: counted from Monday, not from Friday.
        var thursdayUtcFridayVietnam = new DateTime(2026, 12, 10, 20, 0, 0, DateTimeKind.Utc);
        Assert.Equal(new DateOnly(2026, 12, 14), WorkingDays.DueDate(thursdayUtcFridayVietnam, 1, NoHolidays));
        Assert.Equal(new DateOnly(2026, 12, 11), WorkingDays.DueDate(new DateTime(2026, 12, 10, 9, 0, 0, DateTimeKind.Utc), 1, NoHolidays));
    }

    [Fact]
    public void AHolidayIsNotAWorkingDay()
    {
        DateOnly[] holidays = [new(2026, 12, 9)];
        Assert.Equal(new DateOnly(2026, 12, 10), WorkingDays.DueDate(Vietnam(8, 9), 1, holidays));
        Assert.Equal(new DateOnly(2026, 12, 15), WorkingDays.DueDate(Vietnam(7, 9), 5, holidays));
    }

    [Fact]
    public void OverdueIsFromTheDayAfterTheDeadlineAndTheCutOffAgreesWithIt()
    {
        var confirmed = Vietnam(7, 9);
        Assert.False(WorkingDays.IsOverdue(confirmed, Vietnam(16, 23, 59), 7, NoHolidays));
        Assert.True(WorkingDays.IsOverdue(confirmed, Vietnam(17, 0, 1), 7, NoHolidays));
        for (var hour = 0; hour < 24 * 21; hour += 5)
        {
            var now = Vietnam(7, 0).AddHours(hour);
            var before = WorkingDays.OverdueBefore(now, 7, NoHolidays);
            for (var c = 0; c < 24 * 14; c += 7)
            {
                var at = Vietnam(1, 0).AddHours(c);
                Assert.Equal(WorkingDays.IsOverdue(at, now, 7, NoHolidays), at < before);
            }
        }
    }
}
