using System.Net;

namespace Portal.Tests.Integration;

public sealed class TheAddressDecidesTheDirectorysLanguage(AdministratorFixture admin) : IClassFixture<AdministratorFixture>
{
    [Theory]
    [InlineData("/co-cau-to-chuc", "/en/organisation")]
    [InlineData("/co-cau-to-chuc?q=y%20te", "/en/organisation?q=y%20te")]
    [InlineData("/co-cau-to-chuc/so-y-te", "/en/organisation/so-y-te")]
    public async Task AVietnameseAddressReadWithTheEnglishCookieGoesToTheEnglishOne(string vietnamese, string english)
    {
        using var reader = await admin.Factory.ReaderAsync("en");

        var response = await reader.GetAsync(vietnamese);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(english, response.Headers.Location!.OriginalString);
    }

    [Theory]
    [InlineData("/en/organisation")]
    [InlineData("/en/organisation/so-y-te")]
    public async Task AnEnglishAddressReadWithTheVietnameseCookieStaysEnglish(string english)
    {
        using var reader = await admin.Factory.ReaderAsync("vi");

        var response = await reader.GetAsync(english);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("<html lang=\"en\">", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task TheVietnameseCookieReadsTheVietnameseAddressInVietnamese()
    {
        using var reader = await admin.Factory.ReaderAsync("vi");

        var html = await reader.GetStringAsync("/co-cau-to-chuc/so-y-te");

        Assert.Contains("<html lang=\"vi\">", html);
        Assert.Contains("<h1 class=\"article-title\">Sở Y tế</h1>", html);
    }
}
