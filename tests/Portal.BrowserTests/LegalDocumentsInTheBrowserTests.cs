using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace Portal.BrowserTests;

/// <summary>The document list and a document's page in Chromium at 360 and 1280 px: axe, no sideways scroll, valid HTML.</summary>
[Collection(PortalServerGroup.Name)]
public sealed class LegalDocumentsInTheBrowserTests(PortalServer server)
{
    private string[] Pages =>
    [
        "/van-ban", "/van-ban?q=gi%C3%A1+%C4%91%E1%BA%A5t&hieu-luc=con-hieu-luc", "/van-ban?nam=99999", server.DocumentPath, server.DocumentPath + "/ban-in",
    ];

    [Fact]
    public async Task TheListAndADocumentHaveNoAccessibilityViolationsAtBothWidths()
    {
        foreach (var path in Pages)
        {
            // The list and the document at both widths; the filtered list, its refused value and the print view (the
            // same layouts with other content) at one, since axe costs seconds a page on two cores.
            var widths = path == "/van-ban" || path == server.DocumentPath ? new[] { 360, 1280 } : path.EndsWith("/ban-in", StringComparison.Ordinal) ? [1280] : new[] { 360 };
            foreach (var width in widths)
            {
                var watched = await server.NewPageAsync(width);
                await watched.GoAsync(path);

                var axe = await watched.Page.RunAxe(new AxeRunOptions
                {
                    RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
                });
                var name = path == "/van-ban" ? "documents" : path.StartsWith("/van-ban?", StringComparison.Ordinal) ? "documents-filtered" + path.Length : path.EndsWith("/ban-in", StringComparison.Ordinal) ? "document-print" : "document";
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
    public async Task TheListAndADocumentAreValidHtml()
    {
        using var http = new HttpClient();
        var pages = new List<string>();
        foreach (var path in Pages)
        {
            pages.Add(await http.GetStringAsync(server.BaseUrl + path));
        }

        var errors = await HtmlValidityTests.ErrorsAsync(pages, Pages);
        Assert.True(errors.Count == 0, string.Join("\n", errors));
    }
}
