namespace Portal.Tests.Integration.ReadingAids;

/// <summary>One portal for a class of reading-aid tests that change nothing stored.</summary>
public sealed class ReadingAidsFixture : IDisposable
{
    public PortalFactory Factory { get; } = new();

    public void Dispose() => Factory.Dispose();

    /// <summary>A browser that sends this display cookie on every request, and keeps no cookie of its own.</summary>
    public HttpClient ReaderWith(string? displayCookie)
    {
        var browser = Factory.CreateBrowser(handleCookies: false);
        if (displayCookie is not null)
        {
            browser.DefaultRequestHeaders.TryAddWithoutValidation("Cookie", "portal-display=" + displayCookie);
        }
        return browser;
    }

    /// <summary>The class attribute of the page's html element, or null when it has none.</summary>
    public static string? HtmlClass(string page)
    {
        var html = page[page.IndexOf("<html", StringComparison.Ordinal)..];
        html = html[..html.IndexOf('>')];
        var at = html.IndexOf("class=\"", StringComparison.Ordinal);
        return at < 0 ? null : html[(at + 7)..html.IndexOf('"', at + 7)];
    }
}
