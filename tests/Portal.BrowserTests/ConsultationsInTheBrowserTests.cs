using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Web.Data;
using Portal.Web.Feeds;

namespace Portal.BrowserTests;

/// <summary>The consultations' list and the seeded open and closed consultations are valid HTML (axe, at both widths and with the reading aids: <see cref="EveryPublicPageIsAccessible"/>).</summary>
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
