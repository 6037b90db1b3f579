using System.Net;
using System.Text.Json;
using System.Xml.Linq;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Portal.Tests.Integration.Security;

/// <summary>
/// A feed reader takes an RSS description (and, in many readers, the title and categories) as HTML. Read that way,
/// after the XML is parsed, every XSS payload stored as a title, summary, author or category name is text only: no
/// element, attribute or comment, and exactly the payload's characters (not escaped twice, nothing lost but the NUL
/// that XML cannot carry). On the site feed and on each category's feed.
/// </summary>
public sealed class FeedReadersShowPayloadsAsText(HostileNewsroom newsroom) : IClassFixture<HostileNewsroom>
{
    private static readonly HtmlParser Reader = new();
    private readonly List<string> _problems = [];

    [Fact]
    public async Task OnTheSiteFeed()
    {
        var feed = await FeedAsync("/feed.xml");
        var items = feed.Descendants("item").ToList();

        Assert.Equal(20, items.Count);
        foreach (var item in items)
        {
            var link = (string?)item.Element("link") ?? "";
            var article = newsroom.Articles.SingleOrDefault(a => link.EndsWith($"/bai-viet/{a.Id}/{a.Slug}", StringComparison.Ordinal));
            if (article is null)
            {
                _problems.Add($"/feed.xml: {link} is none of the hostile articles");
                continue;
            }
            ExpectItem("/feed.xml", item, article);
        }
        AssertNoProblems();
    }

    [Fact]
    public async Task OnEachCategorysFeed()
    {
        var siteName = ShownText("/feed.xml", "channel title", (string?)(await FeedAsync("/feed.xml")).Descendants("channel").Single().Element("title"));
        foreach (var article in newsroom.Articles)
        {
            var address = $"/chuyen-muc/{article.CategorySlug}/feed.xml";
            var channel = (await FeedAsync(address)).Descendants("channel").Single();
            Expect(address, "channel title", ShownText(address, "channel title", (string?)channel.Element("title")), $"{AsRead(article.Payload)} - {siteName}");
            Expect(address, "channel description", ShownText(address, "channel description", (string?)channel.Element("description")), $"Tin bài chuyên mục {AsRead(article.Payload)}");
            ExpectItem(address, channel.Elements("item").Single(), article);
        }
        AssertNoProblems();
    }

    /// <summary>The item's title, summary and category name, each read as HTML.</summary>
    private void ExpectItem(string address, XElement item, HostileArticle article)
    {
        Expect(address, "item title", ShownText(address, "item title", (string?)item.Element("title")), AsRead(article.Title));
        Expect(address, "item description", ShownText(address, "item description", (string?)item.Element("description")), AsRead(article.Payload));
        Expect(address, "item category", ShownText(address, "item category", (string?)item.Element("category")), AsRead(article.Payload));
    }

    /// <summary>What a reader shows for <paramref name="html"/> put into its page, as innerHTML would; anything but text is a problem.</summary>
    private string? ShownText(string address, string what, string? html)
    {
        if (html is null)
        {
            _problems.Add($"{address}: no {what}");
            return null;
        }
        var context = Reader.ParseDocument("<!DOCTYPE html><div></div>").QuerySelector("div")!;
        var nodes = Reader.ParseFragment(html, context);
        foreach (var node in nodes.Where(n => n.NodeType != NodeType.Text))
        {
            _problems.Add($"{address}: {what} holds {node.NodeType} {Show(node is IElement element ? element.OuterHtml : node.TextContent)}");
        }
        return string.Concat(nodes.Select(n => n.TextContent));
    }

    /// <summary>The payload as a reader gets it: XML 1.0 cannot carry a NUL, and both parsers read CR as LF.</summary>
    private static string AsRead(string payload) => HostileNewsroom.AsParsed(payload.Replace("\0", "", StringComparison.Ordinal));

    private async Task<XDocument> FeedAsync(string address)
    {
        using var reader = newsroom.Factory.CreateBrowser();
        var response = await reader.GetAsync(address);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{address} answered {(int)response.StatusCode}");
        return XDocument.Parse(await response.Content.ReadAsStringAsync());
    }

    private void Expect(string address, string what, string? actual, string expected)
    {
        if (actual is not null && actual != expected)
        {
            _problems.Add($"{address}: {what} shows {Show(actual)}, not {Show(expected)}");
        }
    }

    private static string Show(string? text) => text is null ? "nothing" : JsonSerializer.Serialize(text.Length > 120 ? text[..120] : text);

    private void AssertNoProblems() =>
        Assert.True(_problems.Count == 0, $"{_problems.Count} problems:\n" + string.Join("\n", _problems.Distinct().Take(60)));
}
