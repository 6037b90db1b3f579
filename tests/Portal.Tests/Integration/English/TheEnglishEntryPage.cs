using System.Net;
using System.Text.RegularExpressions;
using Portal.Tests.Integration.Caching;

namespace Portal.Tests.Integration.English;

/// <summary><c>/en</c>: English by its address, the way in for an English reader: the directory, the English pages, the schedule, the documents, the categories.</summary>
public sealed class TheEnglishEntryPage(TheEnglishEntryPage.Fixture fixture) : IClassFixture<TheEnglishEntryPage.Fixture>
{
    public sealed class Fixture : IDisposable
    {
        public PortalFactory Factory { get; } = new();

        public void Dispose() => Factory.Dispose();
    }

    private readonly PortalFactory _factory = fixture.Factory;

    [Fact]
    public async Task ItListsTheDirectoryTheEnglishPagesTheScheduleTheDocumentsAndTheCategories()
    {
        using var citizen = _factory.CreateBrowser();

        var html = await citizen.PageAsync("/en");

        Assert.Contains("<html lang=\"en\">", html);
        Assert.Contains("<h1 class=\"section-title\">Ba Ria - Vung Tau Provincial Web Portal</h1>", html);
        Assert.Contains("<a href=\"/en/organisation\">See the organisation</a>", html);
        Assert.Contains("<a href=\"/ngon-ngu/en?returnUrl=%2Ftrang%2Flien-he\">Contact</a>", html);
        Assert.Contains("<a href=\"/ngon-ngu/en?returnUrl=%2Flich-cong-tac\">See the work schedule</a>", html);
        Assert.Contains("<a href=\"/ngon-ngu/en?returnUrl=%2Fvan-ban\">See the documents</a>", html);
        Assert.Contains("<a href=\"/ngon-ngu/en?returnUrl=%2Fchuyen-muc%2Fkinh-te-dau-tu\">Economy and Investment</a>", html);
        Assert.DoesNotContain(EnglishReaders.FallbackNote, Regex.Match(html, "<main.*</main>", RegexOptions.Singleline).Value);
    }

    [Fact]
    public async Task ItIsEnglishWhateverTheCookieAndHasNoHreflangPairWithTheHomePage()
    {
        using var citizen = _factory.CreateBrowser();
        await citizen.GetAsync("/ngon-ngu/vi");

        var html = await citizen.PageAsync("/en");

        Assert.Contains("<html lang=\"en\">", html);
        Assert.DoesNotContain("hreflang=\"x-default\"", html);
        Assert.Matches("<link rel=\"canonical\" href=\"[^\"]+/en\">", html);
        Assert.Contains("<a class=\"language-switch\" href=\"/ngon-ngu/vi?returnUrl=%2F\" lang=\"vi\" hreflang=\"vi\">Tiếng Việt</a>", html);
    }

    [Fact]
    public async Task ItComesFromThePageCacheTheSecondTime()
    {
        using var citizen = _factory.CreateBrowser();

        var html = await citizen.WarmAsync("/en");

        Assert.Contains("See the organisation", html);
    }

    [Fact]
    public async Task ItsLinksKeepTheReaderInEnglish()
    {
        using var citizen = _factory.CreateBrowser();

        var next = await citizen.GetAsync("/ngon-ngu/en?returnUrl=%2Fchuyen-muc%2Fkinh-te-dau-tu");
        Assert.Equal(HttpStatusCode.Redirect, next.StatusCode);
        var category = await citizen.PageAsync(next.Headers.Location!.OriginalString);

        Assert.Contains("<h1 class=\"section-title\">Economy and Investment</h1>", category);
    }

    [Theory]
    [InlineData("/en/")]
    [InlineData("/EN")]
    public async Task ItsOtherSpellingsAnswerWithoutAnError(string url)
    {
        using var citizen = _factory.CreateBrowser();

        var response = await citizen.GetAsync(url);

        Assert.True((int)response.StatusCode < 500, $"{url} answered {(int)response.StatusCode}");
    }
}
