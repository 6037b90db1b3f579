using System.Text.RegularExpressions;

namespace Portal.BrowserTests;

/// <summary>The questions' list, a seeded question and the ask form are valid HTML (axe, at both widths and with the reading aids: <see cref="EveryPublicPageIsAccessible"/>).</summary>
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
