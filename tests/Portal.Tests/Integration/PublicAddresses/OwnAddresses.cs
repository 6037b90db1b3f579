using System.Text.Json;
using System.Xml.Linq;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace Portal.Tests.Integration.PublicAddresses;

/// <summary>
/// The addresses the portal writes of itself in an answer, each with where it stands: in a page the canonical
/// link, Open Graph, JSON-LD, the e-mail button, the printed address and the language switch's return address;
/// in a feed or sitemap every link, guid and loc; in robots.txt the Sitemap line.
/// </summary>
internal static class OwnAddresses
{
    public static IReadOnlyList<(string Where, string Address)> In(string contentType, string body) => contentType switch
    {
        "text/html" => InPage(new HtmlParser().ParseDocument(body)),
        "text/plain" => [.. body.Split('\n').Where(l => l.StartsWith("Sitemap:", StringComparison.Ordinal)).Select(l => ("robots Sitemap", l["Sitemap:".Length..].Trim()))],
        _ => InXml(XDocument.Parse(body)),
    };

    /// <summary>The language switch's <c>returnUrl</c>, decoded; null on a page without the switch.</summary>
    public static string? ReturnUrl(IHtmlDocument page) =>
        page.QuerySelector("a.language-switch")?.GetAttribute("href") is { } href
            ? Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(new Uri("http://x" + href).Query)["returnUrl"].Single()
            : null;

    private static List<(string, string)> InPage(IHtmlDocument page)
    {
        var found = new List<(string, string)>();
        void Add(string where, string? address)
        {
            if (address is not null)
            {
                found.Add((where, address));
            }
        }
        Add("canonical", page.QuerySelector("link[rel=canonical]")?.GetAttribute("href"));
        foreach (var property in new[] { "og:url", "og:image" })
        {
            Add(property, page.QuerySelector($"meta[property='{property}']")?.GetAttribute("content"));
        }
        foreach (var script in page.QuerySelectorAll("script[type='application/ld+json']"))
        {
            using var json = JsonDocument.Parse(script.TextContent);
            foreach (var name in new[] { "url", "mainEntityOfPage" })
            {
                Add("JSON-LD " + name, json.RootElement.TryGetProperty(name, out var value) ? value.GetString() : null);
            }
            if (json.RootElement.TryGetProperty("image", out var images))
            {
                found.AddRange(images.EnumerateArray().Select(i => ("JSON-LD image", i.GetString()!)));
            }
        }
        foreach (var mailto in page.QuerySelectorAll("a[href^='mailto:?']"))
        {
            var query = Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(mailto.GetAttribute("href")!["mailto:".Length..]);
            Add("e-mail body", query["body"].SingleOrDefault());
        }
        Add("printed address", page.QuerySelector(".print-address span")?.TextContent);
        return found;
    }

    private static List<(string, string)> InXml(XDocument xml)
    {
        var found = xml.Descendants().Where(e => e.Name.LocalName is "link" or "guid" or "loc" && !e.HasElements && e.Value.Length > 0)
            .Select(e => (e.Name.LocalName, e.Value.Trim())).ToList();
        found.AddRange(xml.Descendants().Where(e => e.Name.LocalName == "link").Attributes("href").Select(a => ("atom:link", a.Value)));
        return found;
    }
}
