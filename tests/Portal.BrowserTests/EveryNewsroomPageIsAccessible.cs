using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace Portal.BrowserTests;

/// <summary>
/// axe (WCAG 2.0 to 2.2, A and AA) on every newsroom page (<see cref="NewsroomPages"/>) as an administrator sees it,
/// at a phone's width and a desktop's, and no page scrolls sideways on the phone. The failures of all pages are
/// gathered into one message, so one run shows everything left to fix.
/// </summary>
[Collection(NewsroomSweepGroup.Name)]
public sealed class EveryNewsroomPageIsAccessible(PortalServer server)
{
    private static readonly AxeRunOptions Wcag22 = new()
    {
        RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"] },
    };

    [Theory]
    [InlineData(360)]
    [InlineData(1280)]
    public async Task EveryPageIsCleanAtThisWidth(int width)
    {
        var (watched, email) = await NewsroomPages.SignedInAdministratorAsync(server, width);
        var pages = await NewsroomPages.SeededAsync(server.Services, email);
        var problems = new List<string>();

        foreach (var path in pages.All)
        {
            problems.AddRange(await CheckAsync(watched, path, width));
        }
        await watched.Page.Context.CloseAsync();
        var anonymous = await server.NewPageAsync(width);
        foreach (var path in NewsroomPages.Anonymous)
        {
            problems.AddRange(await CheckAsync(anonymous, path, width));
        }
        await anonymous.Page.Context.CloseAsync();

        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    private static async Task<IEnumerable<string>> CheckAsync(WatchedPage watched, string path, int width)
    {
        watched.Problems.Clear();
        var response = await watched.GoAsync(path);
        var found = new List<string>();
        if (response?.Status != 200)
        {
            found.Add($"{path}: HTTP {response?.Status}");
        }
        var axe = await watched.Page.RunAxe(Wcag22);
        found.AddRange(axe.Violations.Select(v => $"{path} at {width}px: {v.Id}: {v.Help} ({string.Join(", ", v.Nodes.Select(n => n.Html).Take(2))})"));
        if (width < 400 && await watched.Page.EvaluateAsync<bool>("document.documentElement.scrollWidth > document.documentElement.clientWidth"))
        {
            found.Add($"{path} scrolls sideways at {width}px");
            await watched.Page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(PortalServer.ScreenshotFolder, $"admin-sideways{path.Replace('/', '-').Replace('?', '-')}-{width}.png"), FullPage = true });
        }
        found.AddRange(watched.Problems.Select(p => $"{path}: {p}"));
        return found;
    }
}
