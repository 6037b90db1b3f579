using Portal.Tests.Builders;
using Portal.Web.Publishing;
using Portal.Web.Schedule;

namespace Portal.Tests.Integration.Schedule;

/// <summary>
/// A published entry changed in time, place, content or leaders says "Đã thay đổi lúc HH:mm dd/MM/yyyy"; a cancelled
/// one stays, struck out, as "Đã hủy". An entry's change of attendees alone is not marked.
/// </summary>
public sealed class ChangedAndCancelledEntriesAreMarked : IDisposable
{
    private readonly PortalFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task AChangeAfterPublicationIsMarkedWithItsTime()
    {
        var anh = await _factory.OfficialIdAsync("Phạm Ngọc Ánh");
        var input = ScheduleBook.Input(ScheduleBook.ThisWeek.Monday.AddDays(3), "09:00", "10:00", [anh]);
        var entry = await _factory.PublishedEntryAsync(input);
        Assert.Null(entry.ChangedAt);

        var attendeesOnly = ScheduleInput.Of(entry);
        attendeesOnly.Attendees = "Thêm Sở Tài chính";
        entry = (await _factory.SaveEntryAsync(attendeesOnly)).Saved();
        Assert.Null(entry.ChangedAt);

        _factory.Clock.Advance(TimeSpan.FromMinutes(20));
        var moved = ScheduleInput.Of(await _factory.EntryAsync(entry.Id));
        moved.Start = "14:00";
        moved.End = "15:30";
        entry = (await _factory.SaveEntryAsync(moved)).Saved();

        Assert.Equal(PublicationStatus.Published, entry.Status);
        using var citizen = _factory.CreateBrowser();
        var html = await citizen.GetStringAsync("/lich-cong-tac?tuan=2026-W48");
        // 03:20 UTC on 28/11 is 10:20 in Vietnam.
        Assert.Contains("Đã thay đổi lúc 10:20 28/11/2026", html);
        Assert.Contains(">14:00</time> – <time", html);
    }

    [Fact]
    public async Task ACancelledEntryStaysStruckOutAndAnEditorCannotChangeAPublishedOne()
    {
        var ha = await _factory.OfficialIdAsync("Trần Thị Minh Hà");
        var entry = await _factory.PublishedEntryAsync(ScheduleBook.Input(ScheduleBook.ThisWeek.Monday.AddDays(4), "08:00", null, [ha]));

        var byEditor = await _factory.SaveEntryAsync(ScheduleInput.Of(entry), approver: false);
        Assert.Contains("chỉ người duyệt được sửa", byEditor.Refusals()[""]);

        var deleted = await _factory.WithAsync<ScheduleService, WorkflowResult>(s => s.DeleteAsync(entry.Id, "người duyệt"));
        Assert.Equal(WorkflowOutcome.Refused, deleted.Outcome);
        var cancelled = await _factory.WithAsync<ScheduleService, WorkflowResult>(s => s.CancelAsync(entry.Id, entry.Version, "người duyệt"));
        Assert.Equal(WorkflowOutcome.Done, cancelled.Outcome);
        var again = await _factory.WithAsync<ScheduleService, WorkflowResult>(s => s.CancelAsync(entry.Id, entry.Version, "người duyệt"));
        Assert.Equal(WorkflowOutcome.Stale, again.Outcome);

        using var citizen = _factory.CreateBrowser();
        var html = await citizen.GetStringAsync("/lich-cong-tac?tuan=2026-W48");
        Assert.Contains($"<s>{entry.Content}</s>", html);
        Assert.Contains("Đã hủy", html);
    }
}
