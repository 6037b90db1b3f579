using System.Net;

namespace Portal.Tests.Integration;

/// <summary>An address under /en/ is English by itself: its language does not hang on the reader's cookie.</summary>
public sealed class EnglishAddressesAreEnglish(EnglishAddressesAreEnglish.Fixture fixture) : IClassFixture<EnglishAddressesAreEnglish.Fixture>
{
    public sealed class Fixture : IDisposable
    {
        public PortalFactory Factory { get; } = new();

        public void Dispose() => Factory.Dispose();
    }

    [Theory]
    [InlineData("/en/khong-co-trang-nay")]
    [InlineData("/EN/khong-co-trang-nay")]
    public async Task AMissingEnglishPageIsAnEnglishNotFoundPageEvenForAVietnameseReader(string path)
    {
        using var browser = fixture.Factory.CreateBrowser();
        await browser.GetAsync("/ngon-ngu/vi?returnUrl=/");

        var response = await browser.GetAsync(path);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("<html lang=\"en\">", html);
        Assert.Contains("Page not found", Html.Text(html));
    }

    [Fact]
    public async Task AnAddressThatOnlyStartsWithEnIsNotEnglish()
    {
        using var browser = fixture.Factory.CreateBrowser();

        var html = await (await browser.GetAsync("/english-khong-co")).Content.ReadAsStringAsync();

        Assert.Contains("<html lang=\"vi\">", html);
    }
}
