using System.Text.RegularExpressions;

namespace Portal.Web.Visitors;

/// <summary>
/// Known crawlers, link previewers and scripted clients, by user agent. A request with no user agent at all
/// is a script, not a person, and is not counted either.
/// </summary>
public static partial class CrawlerDetector
{
    public static bool IsCrawler(string? userAgent) =>
        string.IsNullOrWhiteSpace(userAgent) || KnownCrawlers().IsMatch(userAgent);

    [GeneratedRegex(
        @"(?<!cu)bot\b|crawl|spider|slurp|archiver|facebookexternalhit|facebookcatalog|meta-externalagent|embedly|" +
        @"linkedinbot|whatsapp|telegrambot|skypeuripreview|discordbot|slackbot|bingpreview|mediapartners|" +
        @"lighthouse|pingdom|uptimerobot|statuscake|site24x7|monitor|headlesschrome|phantomjs|" +
        @"curl/|wget/|python-requests|python-urllib|aiohttp|httpx|go-http-client|java/|okhttp|libwww-perl|" +
        @"axios/|node-fetch|undici|postmanruntime|apachebench|wrk|\bk6/|scrapy|feedfetcher|rss",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex KnownCrawlers();
}
