using System.Text.RegularExpressions;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Portal.Web.Accounts;
using Portal.Web.Consultations;
using Portal.Web.Data;
using Portal.Web.Feeds;

namespace Portal.BrowserTests;

/// <summary>
/// The whole path of a comment, as people take it: a citizen on a phone comments on the seeded open consultation,
/// forgets the consent and is told, sends it, follows the link e-mailed through a real SMTP server, confirms; an
/// approver publishes it in the newsroom; the comment appears on the consultation's page, and the citizen is told by
/// e-mail. axe runs on every page of the way at 360 and 1280 px.
/// </summary>
[Collection(PortalServerGroup.Name)]
public sealed partial class ACitizenCommentsOnADraftInTheBrowser(PortalServer server)
{
    private static readonly AxeRunOptions Wcag21 = new()
    {
        RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
    };

    [Fact]
    public async Task FromTheFormToThePublishedComment()
    {
        var tag = Guid.NewGuid().ToString("N")[..8];
        var email = $"cong-dan-{tag}@example.org";
        var text = $"Đề nghị bổ sung quy định về thời hạn giải quyết hồ sơ ({tag}).\nXin cảm ơn Ban soạn thảo.";
        var (path, approver, password) = await PrepareAsync(tag);

        // The citizen, on a phone.
        var citizen = await server.NewPageAsync(360);
        var page = citizen.Page;
        await citizen.GoAsync(path);
        await AssertNoViolationsAtBothWidthsAsync(page, "the open consultation");
        await page.FillAsync("#Input_Text", text);
        await page.FillAsync("#Input_Who_Name", "Trần Thị Hoa");
        await page.FillAsync("#Input_Who_Email", email);
        // People take more than the minimum time to fill a form (3 s, the default the portal runs with here).
        await page.WaitForTimeoutAsync(3200);
        await page.ClickAsync("#gop-y button[type=submit]");
        await page.WaitForSelectorAsync("#gop-y .field-validation-error");
        Assert.Contains("đồng ý", await page.InnerTextAsync("#gop-y"), StringComparison.OrdinalIgnoreCase);
        Assert.Equal(text.Replace("\n", ""), (await page.InputValueAsync("#Input_Text")).Replace("\r", "").Replace("\n", ""));
        Assert.Equal(email, await page.InputValueAsync("#Input_Who_Email"));
        await AssertNoViolationsAtBothWidthsAsync(page, "the form refused without consent");
        await page.Screenshot("walk-comment-refused-360");

        await page.CheckAsync("#Input_Who_Consent");
        await page.ClickAsync("#gop-y button[type=submit]");
        await page.WaitForSelectorAsync("#da-gui");
        Assert.DoesNotContain(email, await page.ContentAsync(), StringComparison.OrdinalIgnoreCase);
        await AssertNoViolationsAtBothWidthsAsync(page, "the comment sent");

        // The confirmation comes through the real SMTP server; its link is followed in the browser.
        var confirmation = Assert.Single(await server.Smtp.WaitForAsync(email));
        Assert.Contains("Xác nhận", confirmation.Subject, StringComparison.Ordinal);
        var link = ConfirmationLink().Match(confirmation.TextBody ?? "").Value;
        Assert.StartsWith(server.BaseUrl + "/xac-nhan/", link, StringComparison.Ordinal);
        await page.GotoAsync(link);
        await AssertNoViolationsAtBothWidthsAsync(page, "the confirmation page");
        await page.ClickAsync(".confirmation-form button[type=submit]");
        await page.WaitForSelectorAsync(".notice-success");
        await AssertNoViolationsAtBothWidthsAsync(page, "the comment confirmed");
        await page.Screenshot("walk-comment-confirmed-360");
        Assert.Empty(citizen.Problems);

        // An approver, on a desktop, publishes it from the queue.
        var newsroom = await server.NewPageAsync(1280);
        var desk = newsroom.Page;
        await newsroom.GoAsync("/admin/account/login");
        await desk.FillAsync("#Input_Email", approver);
        await desk.FillAsync("#Input_Password", password);
        await desk.ClickAsync("button[type=submit]");
        await desk.WaitForURLAsync("**/admin");
        await newsroom.GoAsync("/admin/consultations/comments");
        var entry = desk.Locator("article.panel").Filter(new LocatorFilterOptions { HasText = tag });
        await AssertNoViolationsAtBothWidthsAsync(desk, "the moderation queue", 1280);
        await desk.Screenshot("walk-moderation-1280");
        await entry.Locator("button.button:not(.button-secondary)").ClickAsync();
        await desk.WaitForLoadStateAsync(LoadState.NetworkIdle);
        Assert.DoesNotContain(tag, await desk.InnerTextAsync("main"), StringComparison.Ordinal);
        Assert.Empty(newsroom.Problems);

        // The comment is on the consultation's page, under the citizen's name, without the address.
        await citizen.GoAsync(path);
        var comments = await page.InnerTextAsync(".comment-list");
        Assert.Contains(tag, comments, StringComparison.Ordinal);
        Assert.Contains("Trần Thị Hoa", comments, StringComparison.Ordinal);
        Assert.DoesNotContain(email, await page.ContentAsync(), StringComparison.OrdinalIgnoreCase);
        await page.Screenshot("walk-comment-published-360");

        // And the citizen is told.
        var messages = await server.Smtp.WaitForAsync(email, count: 2);
        Assert.Contains(messages, m => (m.TextBody ?? "").Contains(path, StringComparison.Ordinal) && m.MessageId != confirmation.MessageId);
        await page.Context.CloseAsync();
        await desk.Context.CloseAsync();
    }

    /// <summary>The seeded open consultation's address, and an approver to sign in as.</summary>
    private async Task<(string Path, string Approver, string Password)> PrepareAsync(string tag)
    {
        const string Password = "Mật-khẩu-trình-duyệt-2026";
        var approver = $"duyet-{tag}@portal.test";
        await using var scope = server.Services.CreateAsyncScope();
        var (user, result) = await scope.ServiceProvider.GetRequiredService<UserAccounts>().CreateAsync(approver, "Người duyệt thử", Password, [Roles.Approver]);
        Assert.True(user is not null, string.Join("; ", result.Errors.Select(e => e.Description)));
        var now = DateTime.UtcNow;
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var open = await db.Consultations.AsNoTracking().Where(ConsultationVisibility.VisibleAt(now))
            .Where(c => c.OpensAt <= now && now < c.ClosesAt).OrderBy(c => c.Id).FirstAsync();
        return (PublicUrls.ConsultationPath(open.Id, open.Slug), approver, Password);
    }

    private static async Task AssertNoViolationsAtBothWidthsAsync(IPage page, string what, int width = 360)
    {
        foreach (var each in new[] { width, width == 360 ? 1280 : 360 })
        {
            await page.SetViewportSizeAsync(each, 900);
            var axe = await page.RunAxe(Wcag21);
            Assert.True(axe.Violations.Length == 0,
                $"{what} at {each}px: " + string.Join("; ", axe.Violations.Select(v => $"{v.Id}: {v.Help} ({string.Join(", ", v.Nodes.Select(n => n.Target))})")));
            var overflow = await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth > document.documentElement.clientWidth + 1");
            Assert.False(overflow, $"{what} scrolls sideways at {each}px");
        }
        await page.SetViewportSizeAsync(width, 900);
    }

    [GeneratedRegex(@"https?://\S+/xac-nhan/[A-Za-z0-9_-]+")]
    private static partial Regex ConfirmationLink();
}

internal static class Screenshots
{
    public static Task Screenshot(this IPage page, string name) =>
        page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(PortalServer.ScreenshotFolder, name + ".png"), FullPage = true });
}
