using Microsoft.EntityFrameworkCore;
using Portal.Tests.Integration;
using Portal.Web.Articles;
using Portal.Web.Editing;
using Portal.Web.Localization;
using Portal.Web.Publishing;
using Portal.Web.Schedule;

namespace Portal.Tests.Builders;

/// <summary>Entries of the leaders' schedule for the tests, in the weeks around the tests' "now" (Saturday 28/11/2026).</summary>
public static class ScheduleBook
{
    /// <summary>The week of <see cref="PortalFactory.Now"/>: 23/11/2026 – 29/11/2026, the seeds' week.</summary>
    public static readonly ScheduleWeek ThisWeek = ScheduleWeek.Of(PortalFactory.Now.UtcDateTime);

    /// <summary>An official of the directory by name: the seeds' leaders.</summary>
    public static Task<int> OfficialIdAsync(this PortalFactory factory, string name) =>
        factory.WithDbAsync(db => db.Officials.Where(o => o.Name == name).Select(o => o.Id).SingleAsync());

    /// <summary>A unique content, so a test finds its own entry among the seeds'.</summary>
    public static string NewContent() => $"Làm việc với đoàn kiểm tra {Guid.NewGuid().ToString("N")[..8]}";

    public static ScheduleInput Input(DateOnly day, string start, string? end, IEnumerable<int> leaders, string? content = null) => new()
    {
        Date = ScheduleWeek.Format(day),
        Start = start,
        End = end,
        LeaderIds = leaders.Select(l => l.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToList(),
        Content = content ?? NewContent(),
        Place = "Phòng họp số 3, Trung tâm Hành chính - Chính trị tỉnh",
        Attendees = "Lãnh đạo các sở có liên quan",
        PreparingUnit = "Văn phòng UBND tỉnh",
    };

    public static Task<SaveResult<ScheduleEntry>> SaveEntryAsync(this PortalFactory factory, ScheduleInput input, bool approver = true) =>
        factory.WithAsync<ScheduleService, SaveResult<ScheduleEntry>>(s => s.SaveAsync(input, new NewsroomUser(approver ? "người duyệt" : "biên tập viên", approver)));

    /// <summary>Saves and publishes an entry; the entry as published.</summary>
    public static async Task<ScheduleEntry> PublishedEntryAsync(this PortalFactory factory, ScheduleInput input)
    {
        var saved = (await factory.SaveEntryAsync(input)).Saved();
        var result = await factory.WithAsync<ScheduleWorkflow, WorkflowResult>(w => w.PublishAsync(saved.Id, saved.Version, null, "người duyệt"));
        Assert.Equal(WorkflowOutcome.Done, result.Outcome);
        return await factory.EntryAsync(saved.Id);
    }

    public static Task<ScheduleEntry> EntryAsync(this PortalFactory factory, int id) =>
        factory.WithDbAsync(db => db.ScheduleEntries.AsNoTracking().Include(e => e.Leaders).SingleAsync(e => e.Id == id));

    /// <summary>A time in Vietnam as UTC.</summary>
    public static DateTime Vietnam(DateOnly day, int hour, int minute = 0) => VietnamTime.ToUtc(day.ToDateTime(new TimeOnly(hour, minute)));

    /// <summary>How many times <paramref name="part"/> occurs in <paramref name="text"/>.</summary>
    public static int Occurrences(string text, string part)
    {
        var count = 0;
        for (var at = text.IndexOf(part, StringComparison.Ordinal); at >= 0; at = text.IndexOf(part, at + part.Length, StringComparison.Ordinal))
        {
            count++;
        }
        return count;
    }
}
