
namespace Portal.BrowserTests;

/// <summary>The document list and a document's page are valid HTML (axe, at both widths and with the reading aids: <see cref="EveryPublicPageIsAccessible"/>).</summary>
[Collection(PortalServerGroup.Name)]
public sealed class LegalDocumentsInTheBrowserTests(PortalServer server)
{
    private string[] Pages =>
    [
        "/van-ban", "/van-ban?q=gi%C3%A1+%C4%91%E1%BA%A5t&hieu-luc=con-hieu-luc", "/van-ban?nam=99999", server.DocumentPath, server.DocumentPath + "/ban-in",
    ];

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
