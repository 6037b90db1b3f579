using System.Net;
using Microsoft.EntityFrameworkCore;
using Portal.Tests.Builders;
using Portal.Web.Accounts;
using Portal.Web.Auditing;
using Portal.Web.Publishing;

namespace Portal.Tests.Integration.Schedule;

/// <summary>
/// Editors enter a week through the newsroom's forms (drafts), copy last week's recurring entries once, and an
/// approver publishes the week; every write is in the audit log; an editor cannot publish, nobody signed out gets in.
/// </summary>
public sealed class TheNewsroomEntersAWeek : IDisposable
{
    private readonly PortalFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    private static Dictionary<string, string> Fields(string date, string start, string end, string content, params int[] leaders)
    {
        var fields = new Dictionary<string, string>
        {
            ["Input.Date"] = date,
            ["Input.Start"] = start,
            ["Input.End"] = end,
            ["Input.Content"] = content,
            ["Input.Place"] = "Phòng họp số 2",
            ["Input.Attendees"] = "Các sở có liên quan",
            ["Input.PreparingUnit"] = "Sở Xây dựng",
        };
        for (var i = 0; i < leaders.Length; i++)
        {
            fields[$"Input.LeaderIds[{i}]"] = leaders[i].ToString(System.Globalization.CultureInfo.InvariantCulture);
        }
        return fields;
    }

    [Fact]
    public async Task AnEditorEntersAnEntryAndAnApproverPublishesTheWeek()
    {
        var huy = await _factory.OfficialIdAsync("Lê Quang Huy");
        var content = ScheduleBook.NewContent();
        using var editor = await _factory.SignedInAsync(Roles.Editor);

        var saved = await editor.SubmitFormAsync("/admin/schedule/edit", Fields("02/12/2026", "08:00", "09:30", content, huy));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal("/admin/schedule?tuan=2026-W49", saved.Headers.Location!.OriginalString);
        var entry = await _factory.WithDbAsync(db => db.ScheduleEntries.Include(e => e.Leaders).SingleAsync(e => e.Content == content));
        Assert.Equal(PublicationStatus.Draft, entry.Status);
        Assert.Equal(new DateTime(2026, 12, 2, 1, 0, 0, DateTimeKind.Utc), entry.StartsAt);
        Assert.Equal(huy, Assert.Single(entry.Leaders).Id);
        Assert.Contains(content, await editor.GetStringAsync("/admin/schedule?tuan=2026-W49"));

        var week = await editor.GetStringAsync("/admin/schedule?tuan=2026-W49");
        Assert.DoesNotContain("Đăng cả tuần", week);
        var refused = await editor.PostFormAsync("/admin/schedule?tuan=2026-W49", [], Newsroom.AntiforgeryToken(week), "Publish");
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Equal(PublicationStatus.Draft, (await _factory.EntryAsync(entry.Id)).Status);

        using var approver = await _factory.SignedInAsync(Roles.Approver);
        var published = await approver.SubmitFormAsync("/admin/schedule?tuan=2026-W49", [], "Publish");
        Assert.Equal(HttpStatusCode.Redirect, published.StatusCode);
        Assert.Equal(PublicationStatus.Published, (await _factory.EntryAsync(entry.Id)).Status);
        using var citizen = _factory.CreateBrowser();
        Assert.Contains(content, await citizen.GetStringAsync("/lich-cong-tac?tuan=2026-W49"));

        var actions = await _factory.WithDbAsync(db => db.AuditEntries.Where(e => e.SubjectKind == "schedule" && e.SubjectId == entry.Id).OrderBy(e => e.Id).Select(e => e.Action).ToListAsync());
        Assert.Equal([AuditActions.ScheduleCreated, AuditActions.SchedulePublished], actions);
    }

    [Fact]
    public async Task CopyingLastWeeksRecurringEntriesTwiceCopiesThemOnce()
    {
        using var editor = await _factory.SignedInAsync(Roles.Editor);

        var first = await editor.SubmitFormAsync("/admin/schedule?tuan=2026-W49", [], "Copy");
        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        var second = await editor.SubmitFormAsync("/admin/schedule?tuan=2026-W49", [], "Copy");
        Assert.Equal(HttpStatusCode.Redirect, second.StatusCode);

        var next = ScheduleBook.ThisWeek.Next;
        var copies = await _factory.WithDbAsync(db => db.ScheduleEntries.Include(e => e.Leaders)
            .Where(e => e.StartsAt >= next.StartUtc && e.StartsAt < next.EndUtc).ToListAsync());
        // The seeds' week has four recurring entries: the Monday meeting, two receptions of citizens, Friday's meeting.
        Assert.Equal(4, copies.Count);
        Assert.All(copies, c => Assert.Equal(PublicationStatus.Draft, c.Status));
        Assert.All(copies, c => Assert.True(c.IsRecurring && c.CopiedFromId is not null && c.Leaders.Count > 0));
        var reception = Assert.Single(copies, c => c.Content == "Tiếp công dân định kỳ tháng của Chủ tịch UBND tỉnh");
        Assert.Equal(new DateTime(2026, 12, 2, 0, 30, 0, DateTimeKind.Utc), reception.StartsAt);
        var page = await editor.GetStringAsync("/admin/schedule?tuan=2026-W49");
        Assert.Contains("Tuần trước không có lịch định kỳ nào chưa sao chép", page);
        Assert.Equal(1, await _factory.WithDbAsync(db => db.AuditEntries.CountAsync(e => e.Action == AuditActions.ScheduleCopied)));
    }

    [Fact]
    public async Task NobodySignedOutGetsInAndAPostWithoutTokenIsRefused()
    {
        using var anonymous = _factory.CreateBrowser();
        var page = await anonymous.GetAsync("/admin/schedule");
        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        Assert.Contains("/admin/account/login", page.Headers.Location!.OriginalString, StringComparison.OrdinalIgnoreCase);

        using var editor = await _factory.SignedInAsync(Roles.Editor);
        var huy = await _factory.OfficialIdAsync("Lê Quang Huy");
        var content = ScheduleBook.NewContent();
        var noToken = await editor.PostFormAsync("/admin/schedule/edit", Fields("02/12/2026", "08:00", "", content, huy), token: null);
        Assert.Equal(HttpStatusCode.BadRequest, noToken.StatusCode);
        Assert.False(await _factory.WithDbAsync(db => db.ScheduleEntries.AnyAsync(e => e.Content == content)));
    }
}
