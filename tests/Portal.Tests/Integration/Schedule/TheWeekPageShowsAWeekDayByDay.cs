using System.Net;
using Portal.Tests.Builders;
using Portal.Web.Feeds;

namespace Portal.Tests.Integration.Schedule;

/// <summary>
/// /lich-cong-tac shows this week (Monday to Sunday, Vietnam time) day by day, the seeds' week on a first start;
/// previous and next weeks, the picker (<c>?tuan=</c>, <c>?ngay=</c>) and the filter by leader choose another.
/// </summary>
public sealed class TheWeekPageShowsAWeekDayByDay : IDisposable
{
    private readonly PortalFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task ThisWeekIsTheDefaultWithTheSeedsEntriesDayByDayAndLinksToTheNeighbouringWeeks()
    {
        using var citizen = _factory.CreateBrowser();
        var html = await citizen.GetStringAsync(PublicUrls.ScheduleRoute);

        Assert.Contains("Tuần 48 (23/11/2026 – 29/11/2026)", html);
        foreach (var day in new[] { "Thứ Hai, 23/11/2026", "Thứ Sáu, 27/11/2026", "Chủ nhật, 29/11/2026" })
        {
            Assert.Contains(day, html);
        }
        Assert.Contains("Họp Ủy ban nhân dân tỉnh thường kỳ tháng", html);
        Assert.Contains("Tiếp công dân định kỳ tháng của Chủ tịch UBND tỉnh", html);
        Assert.Contains("Không có lịch.", html);
        Assert.Contains("href=\"/lich-cong-tac?tuan=2026-W47\"", html);
        Assert.Contains("href=\"/lich-cong-tac?tuan=2026-W49\"", html);
        var thanh = await _factory.OfficialIdAsync("Nguyễn Văn Thành");
        Assert.Contains($"href=\"/co-cau-to-chuc/uy-ban-nhan-dan-tinh#can-bo-{thanh}\"", html);
        Assert.Equal(16, ScheduleBook.Occurrences(html, "class=\"schedule-entry"));
    }

    [Fact]
    public async Task AnEnglishReaderReadsTheDaysInEnglishAndTheEntriesAsWritten()
    {
        using var citizen = _factory.CreateBrowser();
        await citizen.GetAsync("/ngon-ngu/en?returnUrl=/");

        var html = await citizen.GetStringAsync(PublicUrls.ScheduleRoute);

        Assert.Contains("Monday, 23/11/2026", html);
        Assert.Contains("Sunday, 29/11/2026", html);
        Assert.DoesNotContain("Thứ Hai", html);
        Assert.Contains("Họp Ủy ban nhân dân tỉnh thường kỳ tháng", html);
    }

    [Fact]
    public async Task TheNextWeekTheWeekOfADayAndTheIsoWeekAreReachedWithoutScript()
    {
        using var citizen = _factory.CreateBrowser();
        var next = await citizen.GetStringAsync("/lich-cong-tac?tuan=2026-W49");
        Assert.Contains("Tuần 49 (30/11/2026 – 06/12/2026)", next);
        Assert.DoesNotContain("Họp Ủy ban nhân dân tỉnh thường kỳ tháng", next);
        Assert.Equal(7, ScheduleBook.Occurrences(next, "Không có lịch."));

        var byDay = await citizen.GetStringAsync("/lich-cong-tac?ngay=25/11/2026");
        Assert.Contains("Tuần 48 (23/11/2026 – 29/11/2026)", byDay);
        Assert.Contains("Họp Ủy ban nhân dân tỉnh thường kỳ tháng", byDay);
        // The picker sends an empty leader when "Tất cả" is chosen: the whole week.
        var fromForm = await citizen.GetStringAsync("/lich-cong-tac?ngay=01%2F12%2F2026&lanh-dao=");
        Assert.Contains("Tuần 49 (30/11/2026 – 06/12/2026)", fromForm);
    }

    [Fact]
    public async Task TheFilterByLeaderShowsOnlyThatLeadersEntriesAndListsTheLeadersWithEntries()
    {
        var huy = await _factory.OfficialIdAsync("Lê Quang Huy");
        using var citizen = _factory.CreateBrowser();
        var html = await citizen.GetStringAsync($"/lich-cong-tac?lanh-dao={huy}");

        Assert.Contains("Lịch công tác của Lê Quang Huy", html);
        Assert.Contains("Kiểm tra tiến độ dự án đường ven biển Vũng Tàu - Bình Châu", html);
        Assert.DoesNotContain("Tiếp công dân định kỳ tháng của Chủ tịch UBND tỉnh", html);
        Assert.Contains($"<option value=\"{huy}\" selected=\"selected\">", html);
        Assert.Contains($"href=\"/lich-cong-tac?tuan=2026-W49&amp;lanh-dao={huy}\"", html);
        Assert.Contains($"href=\"/lich-cong-tac/lanh-dao/{huy}.ics\"", html);
        // Only leaders with entries are offered: a head of department without any is not.
        Assert.DoesNotContain("Tạ Quốc Bảo", html);
    }

    [Fact]
    public async Task DaysAreVietnamDaysAroundMidnightUtc()
    {
        var thanh = await _factory.OfficialIdAsync("Nguyễn Văn Thành");
        var sunday = ScheduleBook.ThisWeek.Sunday;
        var lateSunday = await _factory.PublishedEntryAsync(ScheduleBook.Input(sunday, "23:30", null, [thanh]));
        var nextMonday = await _factory.PublishedEntryAsync(ScheduleBook.Input(sunday.AddDays(1), "00:00", "06:30", [thanh]));
        // 06:30 in Vietnam on Monday is 23:30 UTC on Sunday: still Monday's.
        var earlyMonday = await _factory.PublishedEntryAsync(ScheduleBook.Input(ScheduleBook.ThisWeek.Monday, "06:30", null, [thanh]));
        Assert.Equal(DayOfWeek.Sunday, earlyMonday.StartsAt.DayOfWeek);

        using var citizen = _factory.CreateBrowser();
        var week = await citizen.GetStringAsync("/lich-cong-tac?tuan=2026-W48");
        var following = await citizen.GetStringAsync("/lich-cong-tac?tuan=2026-W49");

        Assert.Contains(lateSunday.Content, week);
        Assert.True(week.IndexOf("Chủ nhật, 29/11/2026", StringComparison.Ordinal) < week.IndexOf(lateSunday.Content, StringComparison.Ordinal));
        Assert.True(week.IndexOf(earlyMonday.Content, StringComparison.Ordinal) < week.IndexOf("Thứ Ba, 24/11/2026", StringComparison.Ordinal));
        Assert.DoesNotContain(nextMonday.Content, week);
        Assert.Contains(nextMonday.Content, following);
        Assert.Contains("00:00</time> – <time", following);
    }

    [Fact]
    public async Task DraftsAreNeverShown()
    {
        var ha = await _factory.OfficialIdAsync("Trần Thị Minh Hà");
        var draft = (await _factory.SaveEntryAsync(ScheduleBook.Input(ScheduleBook.ThisWeek.Monday.AddDays(2), "15:00", "16:00", [ha]))).Saved();
        using var citizen = _factory.CreateBrowser();
        var response = await citizen.GetAsync("/lich-cong-tac?tuan=2026-W48");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain(draft.Content, await response.Content.ReadAsStringAsync());
        Assert.DoesNotContain(draft.Content, await citizen.GetStringAsync(PublicUrls.ScheduleFeedRoute));
    }
}
