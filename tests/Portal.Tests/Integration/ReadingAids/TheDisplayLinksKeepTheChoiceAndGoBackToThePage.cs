using System.Net;

namespace Portal.Tests.Integration.ReadingAids;

/// <summary>
/// <c>/hien-thi</c>: the header's A−, A, A+ and contrast links set one first-party cookie holding only the choice,
/// and go back to a local address only.
/// </summary>
public sealed class TheDisplayLinksKeepTheChoiceAndGoBackToThePage(ReadingAidsFixture fixture) : IClassFixture<ReadingAidsFixture>
{
    private static string SetCookie(HttpResponseMessage response) =>
        Assert.Single(response.Headers.GetValues("Set-Cookie"), c => c.StartsWith("portal-display=", StringComparison.Ordinal));

    [Fact]
    public async Task TheLargeTextLinkSetsAYearLongLaxCookieWithTheChoiceAloneAndReturns()
    {
        using var browser = fixture.ReaderWith(null);

        var response = await browser.GetAsync("/hien-thi?co-chu=lon&returnUrl=" + Uri.EscapeDataString("/chuyen-muc/kinh-te-dau-tu?trang=2"));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/chuyen-muc/kinh-te-dau-tu?trang=2", response.Headers.Location!.OriginalString);
        var cookie = SetCookie(response);
        Assert.StartsWith("portal-display=size-large;", cookie);
        Assert.Contains("max-age=31536000", cookie);
        Assert.Contains("samesite=lax", cookie);
        Assert.Contains("path=/", cookie);
        Assert.Equal("no-store", response.Headers.CacheControl!.ToString());
    }

    [Fact]
    public async Task TheContrastLinkKeepsTheSizeAlreadyChosen()
    {
        using var browser = fixture.ReaderWith("size-large");

        var response = await browser.GetAsync("/hien-thi?tuong-phan=cao&returnUrl=/");

        Assert.StartsWith("portal-display=size-large.contrast-high;", SetCookie(response));
    }

    [Fact]
    public async Task BackToTheDefaultDeletesTheCookie()
    {
        using var browser = fixture.ReaderWith("size-large");

        var response = await browser.GetAsync("/hien-thi?co-chu=thuong&returnUrl=/");

        var cookie = SetCookie(response);
        Assert.StartsWith("portal-display=;", cookie);
        Assert.Contains("expires=Thu, 01 Jan 1970", cookie);
    }

    [Theory]
    [InlineData("co-chu=khong-lo")]
    [InlineData("co-chu=LON")]
    [InlineData("tuong-phan=<script>alert(1)</script>")]
    [InlineData("co-chu=999999999999999999999")]
    [InlineData("khac=1")]
    public async Task AnUnknownValueIsIgnoredAndTheReaderKeepsTheDefault(string query)
    {
        using var browser = fixture.ReaderWith(null);

        var response = await browser.GetAsync($"/hien-thi?{query}&returnUrl=/");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("portal-display=;", SetCookie(response));
        Assert.Null(ReadingAidsFixture.HtmlClass(await browser.GetStringAsync("/")));
    }

    [Theory]
    [InlineData("https://evil.example/")]
    [InlineData("//evil.example/")]
    [InlineData("/\\evil.example")]
    [InlineData("javascript:alert(1)")]
    [InlineData("")]
    public async Task OnlyALocalAddressIsFollowedElseTheHomePage(string returnUrl)
    {
        using var browser = fixture.ReaderWith(null);

        var response = await browser.GetAsync("/hien-thi?co-chu=lon&returnUrl=" + Uri.EscapeDataString(returnUrl));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/", response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task AHugeReturnAddressOrQueryIsNoServerError()
    {
        using var browser = fixture.ReaderWith(null);

        var response = await browser.GetAsync("/hien-thi?co-chu=" + new string('x', 5000) + "&returnUrl=/" + new string('a', 2000));

        Assert.True((int)response.StatusCode < 500, $"{response.StatusCode}");
    }

    [Fact]
    public async Task OnlyGetIsAnswered()
    {
        using var browser = fixture.ReaderWith(null);

        var response = await browser.PostAsync("/hien-thi?co-chu=lon", new StringContent(""));

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
    }
}
