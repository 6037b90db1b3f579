using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Portal.Web.Data;
using Portal.Web.Feeds;

namespace Portal.BrowserTests;

/// <summary>The consultations' list and the seeded open and closed consultations in Chromium at 360 and 1280 px: axe, no sideways scroll, valid HTML.</summary>
[Collection(PortalServerGroup.Name)]
public sealed class ConsultationsInTheBrowserTests(PortalServer server)
{
    private async Task<string[]> PagesAsync()
    {
        await using var scope = server.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var seeded = await db.Consultations.AsNoTracking().OrderBy(c => c.ClosesAt).Select(c => new { c.Id, c.Slug }).ToListAsync();
        return [PublicUrls.ConsultationsRoute, .. seeded.Select(c => PublicUrls.ConsultationPath(c.Id, c.Slug))];
    }

    [Fact]
    public async Task TheListAndTheConsultationsHaveNoAccessibilityViolationsAtBothWidths()
    {
        var pages = await PagesAsync();
        for (var i = 0; i < pages.Length; i++)
        {
            foreach (var width in new[] { 360, 1280 })
            {
                var watched = await server.NewPageAsync(width);
                await watched.GoAsync(pages[i]);

                var axe = await watched.Page.RunAxe(new AxeRunOptions
                {
                    RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
                });
                var name = i == 0 ? "consultations" : $"consultation-{i}";
                await watched.Page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(PortalServer.ScreenshotFolder, $"{name}-{width}.png"), FullPage = true });
                var scrollsSideways = await watched.Page.EvaluateAsync<bool>("document.documentElement.scrollWidth > document.documentElement.clientWidth");

                Assert.True(axe.Violations.Length == 0, $"{pages[i]} at {width}px: " + string.Join("; ", axe.Violations.Select(v => $"{v.Id}: {v.Help} ({string.Join(", ", v.Nodes.Select(n => n.Html).Take(2))})")));
                Assert.Empty(watched.Problems);
                Assert.False(scrollsSideways, $"{pages[i]} scrolls sideways at {width}px");
                await watched.Page.Context.CloseAsync();
            }
        }
    }

    [Fact]
    public async Task TheListAndTheConsultationsAreValidHtml()
    {
        var paths = await PagesAsync();
        using var http = new HttpClient();
        var pages = new List<string>();
        foreach (var path in paths)
        {
            pages.Add(await http.GetStringAsync(server.BaseUrl + path));
        }

        var errors = await HtmlValidityTests.ErrorsAsync(pages, paths);
        Assert.True(errors.Count == 0, string.Join("\n", errors));
    }
}
