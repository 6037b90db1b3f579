using System.Net;
using Microsoft.EntityFrameworkCore;
using Portal.Web.Publishing;

namespace Portal.Tests.Integration;

public sealed class PublicPagesTests(PublicPagesTests.Fixture fixture) : IClassFixture<PublicPagesTests.Fixture>
{
    public sealed class Fixture : IDisposable
    {
        public PortalFactory Factory { get; } = new();

        public void Dispose() => Factory.Dispose();
    }

    private readonly PortalFactory _factory = fixture.Factory;

    [Fact]
    public async Task HomePageListsTheNewestArticlesAndABlockPerCategory()
    {
        var html = await GetHtmlAsync("/");

        Assert.Contains("Tin mới nhất", html);
        var categories = await _factory.WithDbAsync(db => db.Categories.ToListAsync());
        Assert.True(categories.Count >= 4);
        foreach (var category in categories)
        {
            Assert.Contains($"href=\"/chuyen-muc/{category.Slug}\"", html);
        }
        var newest = await _factory.WithDbAsync(db => db.Articles
            .Where(a => a.Status == PublicationStatus.Published && a.PublishedAt <= PortalFactory.Now.UtcDateTime)
            .OrderByDescending(a => a.PublishedAt).FirstAsync());
        Assert.Contains(newest.Title, html);
    }

    [Fact]
    public async Task HomePageWritesVietnameseLettersAsTextNotEntities()
    {
        var html = await GetHtmlAsync("/");

        Assert.Contains("Số khách đã thăm", html);
        Assert.DoesNotMatch("&#x[0-9A-F]{3,};", html);
    }

    [Fact]
    public async Task CategoryPageListsItsArticlesNewestFirst()
    {
        var html = await GetHtmlAsync("/chuyen-muc/hoat-dong-so-ban-nganh");

        var titles = await _factory.WithDbAsync(db => db.Articles
            .Where(a => a.Category!.Slug == "hoat-dong-so-ban-nganh")
            .OrderByDescending(a => a.PublishedAt).Select(a => a.Title).Take(10).ToListAsync());
        Assert.NotEmpty(titles);
        var text = Html.Text(html);
        var positions = titles.Select(t => text.IndexOf(t, StringComparison.Ordinal)).ToList();
        Assert.All(positions, p => Assert.True(p >= 0));
        Assert.Equal(positions.Order(), positions);
    }

    [Fact]
    public async Task CategoryPagesArePagedAndAPagePastTheLastIsNotFound()
    {
        using var client = _factory.CreateBrowser();

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/chuyen-muc/hoat-dong-so-ban-nganh?trang=1")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/chuyen-muc/hoat-dong-so-ban-nganh?trang=500")).StatusCode);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-1")]
    [InlineData("abc")]
    [InlineData("1000000000000")]
    [InlineData("1.5")]
    [InlineData("%00")]
    public async Task ABadPageNumberIsABadRequestWithAFriendlyPage(string page)
    {
        using var client = _factory.CreateBrowser();

        var response = await client.GetAsync($"/chuyen-muc/hoat-dong-so-ban-nganh?trang={page}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Yêu cầu không hợp lệ", await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("/chuyen-muc/khong-co-chuyen-muc-nay")]
    [InlineData("/bai-viet/999999/khong-co")]
    [InlineData("/bai-viet/0")]
    [InlineData("/bai-viet/-5/x")]
    [InlineData("/bai-viet/99999999999999/x")]
    [InlineData("/bai-viet/abc")]
    [InlineData("/bai-viet/1/x/ban-in/khac")]
    [InlineData("/khong-co-trang-nay")]
    [InlineData("/bai-viet/999999/..%2F..%2Fetc%2Fpasswd")]
    public async Task AnUnknownAddressIsAVietnameseNotFoundPage(string path)
    {
        using var client = _factory.CreateBrowser();

        var response = await client.GetAsync(path);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("Không tìm thấy trang", html);
        Assert.Contains("Về trang chủ", html);
    }

    [Fact]
    public async Task AWrongOrMissingSlugRedirectsPermanentlyToTheCanonicalAddress()
    {
        var article = await _factory.WithDbAsync(db => db.Articles.OrderBy(a => a.Id).FirstAsync());
        using var client = _factory.CreateBrowser();

        foreach (var path in new[] { $"/bai-viet/{article.Id}", $"/bai-viet/{article.Id}/ten-cu-cua-bai", $"/bai-viet/{article.Id}/{article.Slug.ToUpperInvariant()}" })
        {
            var response = await client.GetAsync(path);
            Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
            Assert.Equal($"/bai-viet/{article.Id}/{article.Slug}", response.Headers.Location?.OriginalString);
        }
    }

    [Fact]
    public async Task AnArticleNotYetPublishedOrADraftIsNotFound()
    {
        var (scheduled, draft) = await _factory.WithDbAsync(async db =>
        {
            var category = await db.Categories.FirstAsync();
            var later = new Portal.Web.Articles.Article
            {
                Title = "Bài hẹn giờ", Slug = "bai-hen-gio", CategoryId = category.Id, Status = PublicationStatus.Published,
                PublishedAt = PortalFactory.Now.UtcDateTime.AddHours(1), Version = Guid.NewGuid(),
            };
            var unfinished = new Portal.Web.Articles.Article
            {
                Title = "Bản nháp", Slug = "ban-nhap", CategoryId = category.Id, Status = PublicationStatus.Draft,
                PublishedAt = PortalFactory.Now.UtcDateTime.AddHours(-1), Version = Guid.NewGuid(),
            };
            db.Articles.AddRange(later, unfinished);
            await db.SaveChangesAsync();
            return (later, unfinished);
        });
        using var client = _factory.CreateBrowser();

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/bai-viet/{scheduled.Id}/{scheduled.Slug}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/bai-viet/{draft.Id}/{draft.Slug}")).StatusCode);
        Assert.DoesNotContain("Bài hẹn giờ", await GetHtmlAsync("/"));
    }

    [Fact]
    public async Task TheStylesheetAndEmblemAreServedFromThePortalItself()
    {
        var html = await GetHtmlAsync("/");
        using var client = _factory.CreateBrowser();

        var stylesheet = System.Text.RegularExpressions.Regex.Match(html, "href=\"(/css/site[^\"]*\\.css)\"").Groups[1].Value;
        Assert.NotEmpty(stylesheet);
        var css = await client.GetAsync(stylesheet);
        Assert.Equal(HttpStatusCode.OK, css.StatusCode);
        Assert.Contains("@media print", await css.Content.ReadAsStringAsync());
        Assert.DoesNotContain("http://", html.Replace("http://localhost", "", StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheServerErrorPageIsFriendlyAndShowsNoTechnicalDetail()
    {
        using var client = _factory.CreateBrowser();

        var response = await client.GetAsync("/loi/500");

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("Đã có lỗi xảy ra", html);
        Assert.DoesNotContain("Exception", html);
    }

    private async Task<string> GetHtmlAsync(string path)
    {
        using var client = _factory.CreateBrowser();
        var response = await client.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }
}
