using System.Net;

namespace Portal.Tests.Integration.English;

/// <summary>What the English tests share: a reader who chose English, the marks of a Vietnamese stand-in.</summary>
internal static class EnglishReaders
{
    public const string FallbackNote = "(in Vietnamese)";

    /// <summary>A citizen's browser that has chosen English in the header.</summary>
    public static async Task<HttpClient> EnglishReaderAsync(this PortalFactory factory)
    {
        var browser = factory.CreateBrowser();
        var switched = await browser.GetAsync("/ngon-ngu/en");
        Assert.Equal(HttpStatusCode.Redirect, switched.StatusCode);
        return browser;
    }

    /// <summary>A Vietnamese text standing in for a missing English one, as the page writes it.</summary>
    public static string Marked(string vietnamese) =>
        $"<span lang=\"vi\">{vietnamese}</span> <span class=\"fallback-note\">{FallbackNote}</span>";

    public static async Task<string> PageAsync(this HttpClient browser, string url)
    {
        var response = await browser.GetAsync(url);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET {url} answered {(int)response.StatusCode}");
        return await response.Content.ReadAsStringAsync();
    }
}
