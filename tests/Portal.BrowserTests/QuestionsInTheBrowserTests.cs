using System.Text.RegularExpressions;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace Portal.BrowserTests;

/// <summary>The questions' list, a seeded question and the ask form in Chromium at 360 and 1280 px: axe, no sideways scroll, valid HTML.</summary>
[Collection(PortalServerGroup.Name)]
public sealed partial class QuestionsInTheBrowserTests(PortalServer server)
{
    private async Task<string[]> PagesAsync()
    {
        using var http = new HttpClient();
        var list = await http.GetStringAsync(server.BaseUrl + "/hoi-dap");
        return ["/hoi-dap", QuestionLink().Match(list).Value, "/hoi-dap/dat-cau-hoi"];
    }

    [Fact]
    public async Task TheListAQuestionAndTheAskFormHaveNoAccessibilityViolationsAtBothWidths()
    {
        foreach (var path in await PagesAsync())
        {
            foreach (var width in new[] { 360, 1280 })
            {
                var watched = await server.NewPageAsync(width);
                await watched.GoAsync(path);

                var axe = await watched.Page.RunAxe(new AxeRunOptions
                {
                    RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
                });
                var name = path == "/hoi-dap" ? "questions" : path.EndsWith("/dat-cau-hoi", StringComparison.Ordinal) ? "ask-question" : "question";
                await watched.Page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(PortalServer.ScreenshotFolder, $"{name}-{width}.png"), FullPage = true });
                var scrollsSideways = await watched.Page.EvaluateAsync<bool>("document.documentElement.scrollWidth > document.documentElement.clientWidth");

                Assert.True(axe.Violations.Length == 0, $"{path} at {width}px: " + string.Join("; ", axe.Violations.Select(v => $"{v.Id}: {v.Help} ({string.Join(", ", v.Nodes.Select(n => n.Html).Take(2))})")));
                Assert.Empty(watched.Problems);
                Assert.False(scrollsSideways, $"{path} scrolls sideways at {width}px");
                await watched.Page.Context.CloseAsync();
            }
        }
    }

    [Fact]
    public async Task TheListAQuestionAndTheAskFormAreValidHtml()
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

    [GeneratedRegex(@"/hoi-dap/\d+/[a-z0-9-]+")]
    private static partial Regex QuestionLink();
}
