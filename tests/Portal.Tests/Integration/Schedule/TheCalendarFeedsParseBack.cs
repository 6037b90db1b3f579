using Ical.Net;
using Ical.Net.CalendarComponents;
using Portal.Tests.Builders;
using Portal.Web.Publishing;
using Portal.Web.Schedule;

namespace Portal.Tests.Integration.Schedule;

/// <summary>
/// The iCalendar feeds (RFC 5545), read back with Ical.Net: every published entry of the window as an event in
/// Asia/Ho_Chi_Minh, a UID that survives an edit, a SEQUENCE each published change raises, CANCELLED for a cancelled
/// entry; a leader's feed holds that leader's entries only; drafts never.
/// </summary>
public sealed class TheCalendarFeedsParseBack : IDisposable
{
    private readonly PortalFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    private async Task<Calendar> LoadAsync(string address)
    {
        using var citizen = _factory.CreateBrowser();
        var response = await citizen.GetAsync(address);
        response.EnsureSuccessStatusCode();
        Assert.Equal("text/calendar; charset=utf-8", response.Content.Headers.ContentType!.ToString());
        var text = await response.Content.ReadAsStringAsync();
        Assert.Contains("\r\n", text);
        return Calendar.Load(text)!;
    }

    private static CalendarEvent EventOf(Calendar calendar, int id) => Assert.Single(calendar.Events, e => e.Uid == $"lich-cong-tac-{id}@localhost");

    [Fact]
    public async Task TheWholeFeedHoldsTheSeedsWeekInVietnamTime()
    {
        var calendar = await LoadAsync("/lich-cong-tac.ics");

        Assert.Equal(16, calendar.Events.Count);
        var zone = Assert.Single(calendar.TimeZones);
        Assert.Equal("Asia/Ho_Chi_Minh", zone.TzId);
        var meeting = Assert.Single(calendar.Events, e => e.Summary == "Họp Ủy ban nhân dân tỉnh thường kỳ tháng");
        Assert.Equal("Asia/Ho_Chi_Minh", meeting.DtStart!.TzId);
        Assert.Equal(new DateTime(2026, 11, 24, 8, 0, 0), meeting.DtStart.Value);
        Assert.Equal(new DateTime(2026, 11, 24, 1, 0, 0, DateTimeKind.Utc), meeting.DtStart.AsUtc);
        Assert.Equal(new DateTime(2026, 11, 24, 11, 30, 0), meeting.DtEnd!.Value);
        Assert.StartsWith("Hội trường A", meeting.Location);
        Assert.Contains("Lãnh đạo: Nguyễn Văn Thành (Chủ tịch Ủy ban nhân dân tỉnh)", meeting.Description);
        Assert.Contains("Đơn vị chuẩn bị: Văn phòng UBND tỉnh", meeting.Description);
        Assert.Equal("http://localhost/lich-cong-tac?tuan=2026-W48", meeting.Url!.ToString());
        Assert.Equal(EventStatus.Confirmed, meeting.Status);
        Assert.NotNull(meeting.DtStamp);
        Assert.NotNull(meeting.LastModified);
    }

    [Fact]
    public async Task AnEditKeepsTheUidAndRaisesTheSequenceAndACancellationSaysCancelled()
    {
        var huy = await _factory.OfficialIdAsync("Lê Quang Huy");
        var entry = await _factory.PublishedEntryAsync(ScheduleBook.Input(ScheduleBook.ThisWeek.Monday.AddDays(7), "08:00", "09:00", [huy]));
        var before = EventOf(await LoadAsync("/lich-cong-tac.ics"), entry.Id);

        var moved = ScheduleInput.Of(entry);
        moved.Place = "Hội trường B";
        entry = (await _factory.SaveEntryAsync(moved)).Saved();
        var after = EventOf(await LoadAsync("/lich-cong-tac.ics"), entry.Id);
        Assert.Equal(before.Uid, after.Uid);
        Assert.True(after.Sequence > before.Sequence);
        Assert.Equal("Hội trường B", after.Location);

        await _factory.WithAsync<ScheduleService, WorkflowResult>(s => s.CancelAsync(entry.Id, entry.Version, "người duyệt"));
        var cancelled = EventOf(await LoadAsync("/lich-cong-tac.ics"), entry.Id);
        Assert.Equal(EventStatus.Cancelled, cancelled.Status);
        Assert.True(cancelled.Sequence > after.Sequence);
    }

    [Fact]
    public async Task ALeadersFeedHoldsOnlyTheirEntriesAndNoDrafts()
    {
        var huy = await _factory.OfficialIdAsync("Lê Quang Huy");
        var draft = (await _factory.SaveEntryAsync(ScheduleBook.Input(ScheduleBook.ThisWeek.Monday, "18:00", null, [huy]))).Saved();

        var calendar = await LoadAsync($"/lich-cong-tac/lanh-dao/{huy}.ics");

        Assert.NotEmpty(calendar.Events);
        Assert.All(calendar.Events, e => Assert.Contains("Lê Quang Huy", e.Description));
        Assert.DoesNotContain(calendar.Events, e => e.Summary == draft.Content);
        var all = await LoadAsync("/lich-cong-tac.ics");
        Assert.True(all.Events.Count > calendar.Events.Count);
    }

    [Fact]
    public async Task TheFeedReachesEightWeeksBackAndEverythingAhead()
    {
        var thanh = await _factory.OfficialIdAsync("Nguyễn Văn Thành");
        var old = await _factory.PublishedEntryAsync(ScheduleBook.Input(ScheduleBook.ThisWeek.Monday.AddDays(-7 * 10), "08:00", null, [thanh]));
        var recent = await _factory.PublishedEntryAsync(ScheduleBook.Input(ScheduleBook.ThisWeek.Monday.AddDays(-7 * 7), "08:00", null, [thanh]));
        var far = await _factory.PublishedEntryAsync(ScheduleBook.Input(ScheduleBook.ThisWeek.Monday.AddDays(7 * 30), "08:00", null, [thanh]));

        var calendar = await LoadAsync("/lich-cong-tac.ics");

        Assert.DoesNotContain(calendar.Events, e => e.Summary == old.Content);
        Assert.Contains(calendar.Events, e => e.Summary == recent.Content);
        Assert.Contains(calendar.Events, e => e.Summary == far.Content);
    }
}
