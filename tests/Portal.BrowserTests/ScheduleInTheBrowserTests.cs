using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Portal.Web.Accounts;
using Portal.Web.Data;
using Portal.Web.Publishing;

namespace Portal.BrowserTests;

/// <summary>
/// The leaders' schedule in Chromium: a citizen on a phone reads this week, goes to the next and filters by a leader,
/// without script; an editor enters an entry and an approver publishes it, axe (WCAG 2.2 AA) on the newsroom's forms.
/// The week and its print view are in the public sweep (<see cref="PublicPages"/>).
/// </summary>
[Collection(PortalServerGroup.Name)]
public sealed class ScheduleInTheBrowserTests(PortalServer server)
{
    private static readonly AxeRunOptions Wcag22 = new()
    {
        RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"] },
    };

    private static async Task AssertReadableAsync(WatchedPage watched, string name)
    {
        var axe = await watched.Page.RunAxe(Wcag22);
        await watched.Page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(PortalServer.ScreenshotFolder, $"{name}.png"), FullPage = true });
        Assert.True(axe.Violations.Length == 0, $"{name}: " + string.Join("; ", axe.Violations.Select(v => $"{v.Id}: {v.Help} ({string.Join(", ", v.Nodes.Select(n => n.Html).Take(2))})")));
        Assert.False(await watched.Page.EvaluateAsync<bool>("document.documentElement.scrollWidth > document.documentElement.clientWidth"), $"{name} scrolls sideways");
        Assert.Empty(watched.Problems);
    }

    [Fact]
    public async Task ACitizenOnAPhoneReadsThisWeekGoesToTheNextAndFiltersByALeader()
    {
        var watched = await server.NewPageAsync(360);
        var page = watched.Page;
        await watched.GoAsync("/lich-cong-tac");
        Assert.Contains("Tuần này", await page.InnerTextAsync(".schedule-week"));
        Assert.True(await page.Locator(".schedule-entry").CountAsync() >= 12);

        await page.ClickAsync("a[rel=next]");
        await page.WaitForURLAsync("**/lich-cong-tac?tuan=*");
        Assert.DoesNotContain("Tuần này", await page.InnerTextAsync(".schedule-week"));

        await page.SelectOptionAsync("#lich-lanh-dao", new SelectOptionValue { Label = await page.Locator("#lich-lanh-dao option", new() { HasText = "Lê Quang Huy" }).InnerTextAsync() });
        await page.FillAsync("#lich-ngay", DateTime.UtcNow.AddHours(7).ToString("dd/MM/yyyy", System.Globalization.CultureInfo.InvariantCulture));
        await page.ClickAsync(".schedule-filter button[type=submit]");
        await page.WaitForURLAsync("**lanh-dao=*");
        Assert.Contains("Lịch công tác của Lê Quang Huy", await page.TextContentAsync("h1"));
        var leaders = await page.Locator(".schedule-facts dd:first-of-type").AllInnerTextsAsync();
        Assert.NotEmpty(leaders);
        Assert.All(leaders, l => Assert.Contains("Lê Quang Huy", l));
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(PortalServer.ScreenshotFolder, "schedule-leader-360.png"), FullPage = true });
        Assert.Empty(watched.Problems);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task AnEditorEntersAnEntryAndAnApproverPublishesIt()
    {
        var content = $"Làm việc với đoàn công tác {Guid.NewGuid():N}"[..40];
        var (editorPage, _) = await server.SignedInAsync(Roles.Editor, 1280);
        var editor = editorPage.Page;
        var today = DateTime.UtcNow.AddHours(7).ToString("dd/MM/yyyy", System.Globalization.CultureInfo.InvariantCulture);
        await editorPage.GoAsync("/admin/schedule/edit");
        await editor.FillAsync("#Input_Date", today);
        await editor.FillAsync("#Input_Start", "25:00");
        await editor.FillAsync("#Input_Content", content);
        await editor.ClickAsync("form.form-grid button[type=submit]");
        Assert.Contains("Giờ bắt đầu không hợp lệ", await editor.InnerTextAsync("main"));
        Assert.Equal(content, await editor.InputValueAsync("#Input_Content"));
        await AssertReadableAsync(editorPage, "admin-schedule-edit-refused-1280");

        await editor.FillAsync("#Input_Start", "15:00");
        await editor.FillAsync("#Input_End", "16:30");
        await editor.Locator("label.checkbox", new() { HasText = "Phạm Ngọc Ánh" }).Locator("input").CheckAsync();
        await editor.ClickAsync("form.form-grid button[type=submit]");
        await editor.WaitForURLAsync("**/admin/schedule?tuan=*");
        Assert.Contains(content, await editor.InnerTextAsync("main"));
        await AssertReadableAsync(editorPage, "admin-schedule-week-1280");

        int id;
        await using (var scope = server.Services.CreateAsyncScope())
        {
            var entry = await scope.ServiceProvider.GetRequiredService<PortalDbContext>().ScheduleEntries.SingleAsync(e => e.Content == content);
            Assert.Equal(PublicationStatus.Draft, entry.Status);
            id = entry.Id;
        }
        var (approverPage, _) = await server.SignedInAsync(Roles.Approver, 1280);
        await approverPage.GoAsync($"/admin/schedule/edit/{id}");
        await approverPage.Page.ClickAsync("form[action*='handler=Publish'] button");
        await approverPage.Page.WaitForURLAsync("**/admin/schedule?tuan=*");

        var citizen = await server.NewPageAsync(360);
        await citizen.GoAsync("/lich-cong-tac");
        Assert.Contains(content, await citizen.Page.InnerTextAsync("main"));
        await editor.Context.CloseAsync();
        await approverPage.Page.Context.CloseAsync();
        await citizen.Page.Context.CloseAsync();
    }
}
