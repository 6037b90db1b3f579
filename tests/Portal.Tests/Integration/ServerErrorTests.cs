using System.Net;
using Microsoft.EntityFrameworkCore;
using Portal.Tests.Integration.Security;
using Portal.Web.Data;

namespace Portal.Tests.Integration;

/// <summary>A fault behind a page: the reader gets a Vietnamese error page, never a stack trace.</summary>
public sealed class ServerErrorTests : IDisposable
{
    private readonly PortalFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task ABrokenDatabaseGivesAFriendlyServerErrorPageWithoutTechnicalDetail()
    {
        var article = await _factory.WithDbAsync(db => db.Articles.FirstAsync());
        // Renamed rather than dropped: PostgreSQL and SQL Server refuse to drop a table that others refer to.
        var breakIt = _factory.Database.Provider == DatabaseProvider.SqlServer
            ? "EXEC sp_rename 'Articles', 'ArticlesGone'"
            : "ALTER TABLE \"Articles\" RENAME TO \"ArticlesGone\"";
        await _factory.WithDbAsync(db => db.Database.ExecuteSqlRawAsync(breakIt));
        using var browser = _factory.CreateBrowser();

        var response = await browser.GetAsync($"/bai-viet/{article.Id}/{article.Slug}");

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("Đã có lỗi xảy ra", html);
        Assert.DoesNotContain("Exception", html);
        Assert.DoesNotContain("Articles", html);
        Assert.DoesNotContain(" at ", Html.Text(html));
        SecurityHeaders.AssertAllPresent(response);
    }
}
