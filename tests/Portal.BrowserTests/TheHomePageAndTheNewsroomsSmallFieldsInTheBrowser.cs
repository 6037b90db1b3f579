using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Portal.Web.Accounts;
using Portal.Web.Articles;
using Portal.Web.Data;
using Portal.Web.Localization;
using Portal.Web.Publishing;

namespace Portal.BrowserTests;

/// <summary>
/// An approver features an article and sees it lead the home page; types a schedule day first in an English-language
/// browser; reads the visits chart on a phone.
/// </summary>
[Collection(PortalServerGroup.Name)]
public sealed class TheHomePageAndTheNewsroomsSmallFieldsInTheBrowser(PortalServer server)
{
    private const string Password = "Mật-khẩu-trình-duyệt-2026";

    [Fact]
    public async Task AnApproverFeaturesAnArticleAndSeesItLeadTheHomePageWithItsCover()
    {
        var page = (await SignedInAsync(Roles.Approver, 1280)).Page;
        await page.GotoAsync($"{server.BaseUrl}/admin/articles/review/{PortalServer.PhotoArticleId}");
        await page.FillAsync("#FeaturedUntil", VietnamTime.FormatInput(DateTime.UtcNow.AddDays(2)));
        await page.ClickAsync("form[action*='handler=Feature'] button[type=submit]");
        await page.WaitForURLAsync($"**/admin/articles/review/{PortalServer.PhotoArticleId}");
        Assert.Contains("Đã đưa bài lên tin nổi bật", await page.InnerTextAsync("main"), StringComparison.Ordinal);
        try
        {
            var citizen = await server.NewPageAsync(1280);
            await citizen.GoAsync("/");
            var lead = citizen.Page.Locator(".featured .featured-lead");
            Assert.Contains($"/bai-viet/{PortalServer.PhotoArticleId}/", await lead.Locator(".featured-title a").GetAttributeAsync("href"), StringComparison.Ordinal);
            var cover = lead.Locator(".featured-cover img");
            Assert.True(await cover.EvaluateAsync<bool>("img => img.complete && img.naturalWidth > 0"), "the lead's cover did not load");
            var box = await cover.BoundingBoxAsync();
            Assert.True(box is { Width: > 500 }, $"the lead's cover is {box?.Width} px wide, not large");
            // The lead comes first in the content, above "Tin mới nhất".
            var newest = await citizen.Page.Locator("#tin-moi-nhat").BoundingBoxAsync();
            Assert.True(box!.Y < newest!.Y);
            await citizen.Page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(PortalServer.ScreenshotFolder, "home-featured-1280.png") });
            Assert.Empty(citizen.Problems);
        }
        finally
        {
            // The server is shared: the home page goes back to what other tests expect.
            await page.GotoAsync($"{server.BaseUrl}/admin/featured");
            await page.ClickAsync("form[action*='handler=Unpin'] button[type=submit]");
            await page.WaitForURLAsync("**/admin/featured");
        }
        Assert.Contains("Chưa có tin nổi bật nào", await page.InnerTextAsync("main"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheScheduleFieldReadsDayFirstInAnEnglishLanguageBrowser()
    {
        int id;
        await using (var scope = server.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
            var now = DateTime.UtcNow;
            var article = new Article
            {
                Title = "Bài hẹn giờ gõ theo ngày trước tháng sau",
                Slug = $"bai-hen-gio-{Guid.NewGuid():N}",
                BodyMarkdown = "Nội dung.",
                BodyHtml = "<p>Nội dung.</p>",
                CategoryId = await db.Categories.Select(c => c.Id).FirstAsync(),
                Status = PublicationStatus.Submitted,
                CreatedAt = now,
                UpdatedAt = now,
                Version = Guid.NewGuid(),
            };
            db.Articles.Add(article);
            await db.SaveChangesAsync();
            id = article.Id;
        }
        var watched = await SignedInAsync(Roles.Approver, 1280, "en-US");
        var page = watched.Page;
        await page.GotoAsync($"{server.BaseUrl}/admin/articles/review/{id}");
        var field = page.Locator("#PublishAt");
        Assert.Equal("text", await field.GetAttributeAsync("type"));
        Assert.Matches(@"^\d{2}/\d{2}/\d{4} \d{2}:\d{2}$", await field.InputValueAsync());
        var year = DateTime.UtcNow.Year + 1;

        await field.FillAsync($"05/01/{year} 08:30");
        await page.ClickAsync("form[action*='handler=Schedule'] button[type=submit]");
        await page.WaitForURLAsync($"**/admin/articles/review/{id}");

        await using (var scope = server.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
            var publishedAt = await db.Articles.Where(a => a.Id == id).Select(a => a.PublishedAt).SingleAsync();
            Assert.Equal(new DateTime(year, 1, 5, 1, 30, 0, DateTimeKind.Utc), publishedAt);
            // Not left scheduled in the shared server's lists.
            await db.Articles.Where(a => a.Id == id).ExecuteDeleteAsync();
        }
        Assert.Contains($"05/01/{year}", await page.InnerTextAsync("main"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheVisitsChartAtAPhonesWidthHasNoOverlappingLabelsAndNoSidewaysScroll()
    {
        var watched = await SignedInAsync(Roles.Editor, 360);
        var page = watched.Page;
        await page.GotoAsync($"{server.BaseUrl}/admin");
        var boxes = new List<LocatorBoundingBoxResult>();
        foreach (var label in await page.Locator(".chart text.chart-x").AllAsync())
        {
            boxes.Add((await label.BoundingBoxAsync())!);
        }
        Assert.True(boxes.Count >= 5, $"only {boxes.Count} day labels");
        for (var i = 1; i < boxes.Count; i++)
        {
            Assert.True(boxes[i - 1].X + boxes[i - 1].Width <= boxes[i].X, $"day labels {i} and {i + 1} overlap");
        }
        Assert.True(boxes[0].Height >= 9, $"labels {boxes[0].Height} px high are too small to read");
        Assert.True(await page.Locator(".chart text.chart-y").CountAsync() >= 3, "the y-axis has fewer than three values");
        var wider = await page.EvaluateAsync<string>(
            "() => document.documentElement.scrollWidth <= window.innerWidth ? '' : [...document.querySelectorAll('main *')]" +
            ".filter(e => e.getBoundingClientRect().right > window.innerWidth + 1 && !e.closest('.chart-scroll svg')).slice(0, 5)" +
            ".map(e => e.tagName + '.' + e.className + ' ' + Math.round(e.getBoundingClientRect().right)).join('; ')");
        Assert.True(wider.Length == 0, "the page scrolls sideways: " + wider);
        Assert.Equal(Portal.Web.Areas.Admin.Pages.IndexModel.ChartDays, await page.Locator(".chart table tbody tr").CountAsync());
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(PortalServer.ScreenshotFolder, "admin-visits-chart-360.png"), FullPage = true });
        Assert.Empty(watched.Problems);
    }

    private async Task<WatchedPage> SignedInAsync(string role, int width, string? locale = null)
    {
        var email = $"{role.ToLowerInvariant()}-{Guid.NewGuid():N}@portal.test";
        await using (var scope = server.Services.CreateAsyncScope())
        {
            var (user, result) = await scope.ServiceProvider.GetRequiredService<UserAccounts>().CreateAsync(email, "Người thử " + role, Password, [role]);
            Assert.True(user is not null, string.Join("; ", result.Errors.Select(e => e.Description)));
        }
        var watched = await server.NewPageAsync(width, locale: locale);
        var page = watched.Page;
        await watched.GoAsync("/admin/account/login");
        await page.FillAsync("#Input_Email", email);
        await page.FillAsync("#Input_Password", Password);
        await page.ClickAsync("button[type=submit]");
        await page.WaitForURLAsync("**/admin");
        return watched;
    }
}
