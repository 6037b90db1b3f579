using System.Net;
using Microsoft.EntityFrameworkCore;

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
        await _factory.WithDbAsync(db => db.Database.ExecuteSqlRawAsync("DROP TABLE \"Articles\""));
        using var browser = _factory.CreateBrowser();

        var response = await browser.GetAsync($"/bai-viet/{article.Id}/{article.Slug}");

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("Đã có lỗi xảy ra", html);
        Assert.DoesNotContain("Exception", html);
        Assert.DoesNotContain("Articles", html);
        Assert.DoesNotContain(" at ", Html.Text(html));
    }
}
