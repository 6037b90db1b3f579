using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Portal.Web.Accounts;

namespace Portal.BrowserTests;

/// <summary>axe on the newsroom's main pages as an editor walks them (the English public pages: <see cref="EveryPublicPageIsAccessible"/>).</summary>
[Collection(PortalServerGroup.Name)]
public sealed class MoreAccessibilityTests(PortalServer server)
{
    private static readonly AxeRunOptions Wcag21 = new()
    {
        RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
    };

    [Fact]
    public async Task TheSignInArticleListEditorAndDashboardHaveNoViolations()
    {
        var email = $"bien-tap-{Guid.NewGuid():N}@portal.test";
        const string Password = "Mật-khẩu-trình-duyệt-2026";
        await using (var scope = server.Services.CreateAsyncScope())
        {
            var (user, result) = await scope.ServiceProvider.GetRequiredService<UserAccounts>().CreateAsync(email, "Biên tập thử", Password, [Roles.Editor]);
            Assert.True(user is not null, string.Join("; ", result.Errors.Select(e => e.Description)));
        }
        var watched = await server.NewPageAsync();
        var page = watched.Page;

        await watched.GoAsync("/admin/account/login");
        await AssertNoViolationsAsync(page, "login");
        await page.FillAsync("#Input_Email", email);
        await page.FillAsync("#Input_Password", Password);
        await page.ClickAsync("button[type=submit]");
        await page.WaitForURLAsync("**/admin");

        foreach (var path in new[]
        {
            "/admin", "/admin/articles", "/admin/articles/edit", "/admin/articles/edit/25", "/admin/articles/history/25",
            "/admin/media", "/admin/media/upload", $"/admin/media/edit/{server.CoverPhotoId}", $"/admin/media/delete/{server.CoverPhotoId}",
        })
        {
            await watched.GoAsync(path);
            await AssertNoViolationsAsync(page, path);
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(PortalServer.ScreenshotFolder, "admin" + path.Replace('/', '-') + ".png"), FullPage = true });
        }
        // The editor's error state too: a form sent back with messages.
        await watched.GoAsync("/admin/articles/edit");
        await page.ClickAsync("button.button:not([formaction])");
        await AssertNoViolationsAsync(page, "editor with errors");
        // And the library's upload refused: no file, no alternative text.
        await watched.GoAsync("/admin/media/upload");
        await page.ClickAsync("button[type=submit].button");
        await AssertNoViolationsAsync(page, "upload with errors");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(PortalServer.ScreenshotFolder, "admin-media-upload-refused.png"), FullPage = true });
        Assert.Empty(watched.Problems);
        await page.Context.CloseAsync();
    }

    private static async Task AssertNoViolationsAsync(IPage page, string where)
    {
        var axe = await page.RunAxe(Wcag21);
        Assert.True(axe.Violations.Length == 0, $"{where}: " + string.Join("; ", axe.Violations.Select(v => $"{v.Id}: {v.Help} ({string.Join(", ", v.Nodes.Select(n => n.Html).Take(2))})")));
    }
}
