using Microsoft.EntityFrameworkCore;

namespace Portal.Tests.Integration.English;

/// <summary>
/// With the English cookie the page frame is English through and through: the site's name and owner, the menu, the site
/// links, the footer; a text without English is the Vietnamese one, marked. Vietnamese pages are as they were.
/// </summary>
public sealed class TheLayoutInEnglish(TheLayoutInEnglish.Fixture fixture) : IClassFixture<TheLayoutInEnglish.Fixture>
{
    public sealed class Fixture : IDisposable
    {
        public PortalFactory Factory { get; } = new();

        public void Dispose() => Factory.Dispose();
    }

    private readonly PortalFactory _factory = fixture.Factory;

    [Fact]
    public async Task TheHomePageShowsTheEnglishSiteNameCategoriesAndSiteLinks()
    {
        using var reader = await _factory.EnglishReaderAsync();

        var html = await reader.PageAsync("/");

        Assert.Contains("<title>Ba Ria - Vung Tau Provincial Web Portal</title>", html);
        Assert.Contains("<meta property=\"og:site_name\" content=\"Ba Ria - Vung Tau Provincial Web Portal\">", html);
        Assert.Contains("<span class=\"brand-name\">Ba Ria - Vung Tau Provincial Web Portal</span>", html);
        Assert.Contains("<span class=\"brand-owner\">People&#x27;s Committee of Ba Ria - Vung Tau Province</span>", html);
        Assert.Contains(">Economy and Investment</a>", html);
        Assert.Contains(">News and Events</a>", html);
        Assert.Contains(">Government of Viet Nam Portal<span class=\"visually-hidden\">", html);
        Assert.Contains("<p>Governing body: People&#x27;s Committee of Ba Ria - Vung Tau Province</p>", html);
        Assert.Contains("<p>Editor in charge: Chief of Office of the Provincial People&#x27;s Committee</p>", html);
        Assert.DoesNotContain(">Kinh tế - Đầu tư<", html);
    }

    [Fact]
    public async Task ASiteLinkWithoutEnglishShowsItsVietnameseNameMarked()
    {
        using var reader = await _factory.EnglishReaderAsync();

        var html = await reader.PageAsync("/");

        Assert.Contains(EnglishReaders.Marked("Báo Bà Rịa - Vũng Tàu"), html);
    }

    [Fact]
    public async Task TheFooterLinksTheDirectoryAndTheScheduleInBothLanguages()
    {
        using var citizen = _factory.CreateBrowser();
        var vietnamese = await citizen.PageAsync("/");
        using var reader = await _factory.EnglishReaderAsync();
        var english = await reader.PageAsync("/");

        Assert.Contains("<a href=\"/co-cau-to-chuc\">Cơ cấu tổ chức</a>", vietnamese);
        Assert.Contains("<a href=\"/lich-cong-tac\">Lịch công tác</a>", vietnamese);
        Assert.Contains("<a href=\"/en\" lang=\"en\" hreflang=\"en\">Portal in English</a>", vietnamese);
        Assert.Contains("<a href=\"/en/organisation\">Organisation</a>", english);
        Assert.Contains("<a href=\"/lich-cong-tac\">Work schedule</a>", english);
    }

    [Fact]
    public async Task AnArticleStaysVietnameseAndSaysSoToScreenReaders()
    {
        var (address, categoryName) = await _factory.WithDbAsync(async db =>
        {
            var article = await db.Articles.Include(a => a.Category).Where(a => a.Summary != "").OrderByDescending(a => a.PublishedAt).FirstAsync();
            return ($"/bai-viet/{article.Id}/{article.Slug}", article.Category!.NameEn);
        });
        using var reader = await _factory.EnglishReaderAsync();

        var html = await reader.PageAsync(address);

        Assert.Contains("<html lang=\"en\">", html);
        Assert.Matches("<h1 class=\"article-title\" lang=\"vi\">", html);
        Assert.Contains("<div class=\"article-body\" lang=\"vi\">", html);
        Assert.Contains("<p class=\"article-summary\" lang=\"vi\">", html);
        Assert.Contains($">{categoryName}</a></p>", html);
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/chuyen-muc/kinh-te-dau-tu")]
    [InlineData("/trang/lien-he")]
    [InlineData("/van-ban")]
    [InlineData("/hoi-dap")]
    [InlineData("/gop-y-du-thao")]
    public async Task VietnamesePagesAreUnchanged(string url)
    {
        using var citizen = _factory.CreateBrowser();

        var html = await citizen.PageAsync(url);

        Assert.Contains("<html lang=\"vi\">", html);
        Assert.DoesNotContain(EnglishReaders.FallbackNote, html);
        Assert.DoesNotContain("(bằng tiếng Việt)", html);
        Assert.DoesNotContain("Provincial Web Portal", html);
        Assert.Contains("<span class=\"brand-name\">Cổng Thông tin điện tử tỉnh Bà Rịa - Vũng Tàu</span>", html);
        Assert.Contains("<p>Cơ quan chủ quản: Ủy ban nhân dân tỉnh Bà Rịa - Vũng Tàu</p>", html);
    }
}
