using Portal.Tests.Integration.Caching;

namespace Portal.Tests.Integration.ReadingAids;

/// <summary>
/// The server writes the reader's choice on <c>&lt;html&gt;</c> and in the controls' state; the page cache keeps one copy
/// per normalised choice, so a cached page never carries another reader's text size or theme.
/// </summary>
[Trait("Database", "SqliteOnly")] // a cache key is made of the request, whatever the database
public sealed class EachDisplayChoiceHasItsOwnCachedPage(ReadingAidsFixture fixture) : IClassFixture<ReadingAidsFixture>
{
    [Theory]
    [InlineData("size-large", "text-large")]
    [InlineData("size-small", "text-small")]
    [InlineData("contrast-high", "contrast-high")]
    [InlineData("size-large.contrast-high", "text-large contrast-high")]
    [InlineData("contrast-high.size-large", "text-large contrast-high")]
    public async Task ThePageCarriesTheClassOfTheCookiesChoice(string cookie, string htmlClass)
    {
        using var reader = fixture.ReaderWith(cookie);

        var page = await reader.GetStringAsync("/trang/lien-he");

        Assert.Equal(htmlClass, ReadingAidsFixture.HtmlClass(page));
        Assert.Contains("aria-current=\"true\"", page);
    }

    [Fact]
    public async Task ADefaultReaderAfterALargeTextReaderGetsTheDefaultPage()
    {
        using var large = fixture.ReaderWith("size-large.contrast-high");
        using var plain = fixture.ReaderWith(null);
        const string Path = "/chuyen-muc/kinh-te-dau-tu";

        var largePage = await large.WarmAsync(Path);
        var plainFirst = await plain.GetAsync(Path);
        var plainPage = await plain.WarmAsync(Path);

        Assert.Equal("text-large contrast-high", ReadingAidsFixture.HtmlClass(largePage));
        Assert.False(plainFirst.CameFromCache(), "the default reader was served the large-text reader's copy");
        Assert.Null(ReadingAidsFixture.HtmlClass(plainPage));
        Assert.Contains("aria-current=\"true\">A<", plainPage);
    }

    [Fact]
    public async Task ALargeTextReaderAfterADefaultReaderGetsTheLargeTextPage()
    {
        using var plain = fixture.ReaderWith(null);
        using var large = fixture.ReaderWith("size-large");
        const string Path = "/chuyen-muc/van-hoa-xa-hoi";

        await plain.WarmAsync(Path);
        var largeFirst = await large.GetAsync(Path);

        Assert.False(largeFirst.CameFromCache(), "the large-text reader was served the default reader's copy");
        Assert.Equal("text-large", ReadingAidsFixture.HtmlClass(await largeFirst.Content.ReadAsStringAsync()));
        Assert.Equal("text-large", ReadingAidsFixture.HtmlClass(await large.WarmAsync(Path)));
    }

    [Fact]
    public async Task TwoSpellingsOfOneChoiceShareOneCachedPage()
    {
        using var first = fixture.ReaderWith("size-large.contrast-high");
        using var second = fixture.ReaderWith("contrast-high.size-large.bogus-1");
        const string Path = "/trang/gioi-thieu";

        await first.WarmAsync(Path);
        var response = await second.GetAsync(Path);

        Assert.True(response.CameFromCache(), "a junk part of the cookie made a copy of its own");
    }
}
