using System.Diagnostics;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace Portal.BrowserTests;

/// <summary>
/// axe (WCAG 2.0 to 2.2, A and AA) on every public page (<see cref="PublicPages"/>) at a phone's width and a desktop's,
/// in the portal's colours, in the high-contrast theme and at the largest text size; no page scrolls sideways, logs a
/// console error or fails a request. One browser context per case, the reading aid set by its cookie as the header's
/// link would; the failures of all pages are gathered into one message.
/// </summary>
[Collection(PublicSweepGroup.Name)]
public sealed class EveryPublicPageIsAccessible(PortalServer server, ITestOutputHelper output)
{
    private static readonly AxeRunOptions Wcag22 = new()
    {
        RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"] },
    };

    /// <summary>
    /// The reading aids as the cookie holds them: none, and the high-contrast theme at the largest text size. Colours do
    /// not move the layout and the text size does not change a colour, so the two aids together cover each of them:
    /// four walks of every page instead of six (each walk is about a minute on 2 cores).
    /// </summary>
    public static TheoryData<string, int> Cases => new()
    {
        { "", 360 }, { "", 1280 },
        { "size-large.contrast-high", 360 }, { "size-large.contrast-high", 1280 },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task EveryPageIsCleanWithThisReadingAidAtThisWidth(string display, int width)
    {
        var clock = Stopwatch.StartNew();
        var pages = await PublicPages.SeededAsync(server);
        var watched = await server.NewPageAsync(width);
        var context = watched.Page.Context;
        if (display.Length > 0)
        {
            await context.AddCookiesAsync([new Cookie { Name = "portal-display", Value = display, Url = server.BaseUrl }]);
        }
        var problems = new List<string>();
        foreach (var page in pages.All)
        {
            if (page.EnglishByCookie)
            {
                await context.AddCookiesAsync([new Cookie { Name = ".AspNetCore.Culture", Value = "c=en|uic=en", Url = server.BaseUrl }]);
            }
            problems.AddRange(await CheckAsync(watched, page, display, width));
            if (page.EnglishByCookie)
            {
                await context.ClearCookiesAsync(new BrowserContextClearCookiesOptions { Name = ".AspNetCore.Culture" });
            }
        }
        await context.CloseAsync();
        output.WriteLine($"{pages.All.Count} pages, '{display}' at {width}px: {clock.Elapsed.TotalSeconds:0.0} s");

        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    private static async Task<IEnumerable<string>> CheckAsync(WatchedPage watched, PublicPage page, string display, int width)
    {
        watched.Problems.Clear();
        var where = $"{page.Name} ({page.Path}) {display} at {width}px";
        var response = await watched.GoAsync(page.Path);
        var found = new List<string>();
        var expected = page.Path.StartsWith("/khong-co", StringComparison.Ordinal) ? 404 : 200;
        if (response?.Status != expected)
        {
            found.Add($"{where}: HTTP {response?.Status}");
        }
        var classes = (await watched.Page.GetAttributeAsync("html", "class") ?? "").Split(' ');
        if (display.Split('.', StringSplitOptions.RemoveEmptyEntries).Any(part => !classes.Contains(part.Replace("size-", "text-", StringComparison.Ordinal))))
        {
            found.Add($"{where}: the page does not carry the reading aid's class");
        }
        if (page.EnglishByCookie && await watched.Page.GetAttributeAsync("html", "lang") != "en")
        {
            found.Add($"{where}: not English");
        }
        var axe = await watched.Page.RunAxe(Wcag22);
        found.AddRange(axe.Violations.Select(v => $"{where}: {v.Id}: {v.Help} ({string.Join(", ", v.Nodes.Select(n => n.Html).Take(2))})"));
        if (await watched.Page.EvaluateAsync<bool>("document.documentElement.scrollWidth > document.documentElement.clientWidth"))
        {
            found.Add($"{where}: scrolls sideways");
        }
        found.AddRange(watched.Problems.Select(p => $"{where}: {p}"));
        // The whole page in the portal's colours, or with a problem; with a reading aid, what the first screen shows.
        var name = display.Length == 0 ? page.Name : $"{page.Name}-{display}";
        await watched.Page.ScreenshotAsync(new PageScreenshotOptions
        {
            Path = Path.Combine(PortalServer.ScreenshotFolder, $"{name}-{width}.png"),
            FullPage = display.Length == 0 || found.Count > 0,
        });
        return found;
    }
}
