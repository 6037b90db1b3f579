using System.Globalization;
using System.Text;
using System.Xml;
namespace Portal.Web.Feeds;

/// <summary>An item of a feed, of any kind of content; <see cref="Address"/> is a path until the feed makes it absolute.</summary>
public sealed record FeedItem(string Title, string Address, DateTime PublishedAt, string Category, string Summary);

/// <summary>RSS 2.0: absolute links, RFC 822 dates, the summary as the description; text as HTML readers read it.</summary>
public static class RssFeed
{
    public static string Write(string title, string link, string selfLink, string description, IReadOnlyList<FeedItem> items)
    {
        var output = new StringBuilder();
        using (var xml = XmlWriter.Create(output, new XmlWriterSettings { Indent = true, Encoding = Encoding.UTF8, OmitXmlDeclaration = true }))
        {
            xml.WriteStartElement("rss");
            xml.WriteAttributeString("version", "2.0");
            xml.WriteAttributeString("xmlns", "atom", null, "http://www.w3.org/2005/Atom");
            xml.WriteStartElement("channel");
            xml.WriteElementString("title", HtmlText(title));
            xml.WriteElementString("link", link);
            xml.WriteElementString("description", HtmlText(description));
            xml.WriteElementString("language", "vi");
            if (items.Count > 0)
            {
                xml.WriteElementString("lastBuildDate", Rfc822(items.Max(i => i.PublishedAt)));
            }
            xml.WriteStartElement("atom", "link", "http://www.w3.org/2005/Atom");
            xml.WriteAttributeString("href", selfLink);
            xml.WriteAttributeString("rel", "self");
            xml.WriteAttributeString("type", "application/rss+xml");
            xml.WriteEndElement();
            foreach (var item in items)
            {
                var url = item.Address;
                xml.WriteStartElement("item");
                xml.WriteElementString("title", HtmlText(item.Title));
                xml.WriteElementString("link", url);
                xml.WriteStartElement("guid");
                xml.WriteAttributeString("isPermaLink", "true");
                xml.WriteString(url);
                xml.WriteEndElement();
                xml.WriteElementString("pubDate", Rfc822(item.PublishedAt));
                xml.WriteElementString("category", HtmlText(item.Category));
                xml.WriteElementString("description", HtmlText(item.Summary));
                xml.WriteEndElement();
            }
            xml.WriteEndElement();
            xml.WriteEndElement();
        }
        return "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n" + output;
    }

    /// <summary>
    /// Text for an element that feed readers take as HTML: the description always, the titles and categories in
    /// many readers. Written with only XML's escaping, a summary reading <c>&lt;img src=x onerror=…&gt;</c> would
    /// reach the reader as a live image with a handler; with <c>&amp;</c>, <c>&lt;</c> and <c>&gt;</c> as HTML
    /// references (which the XML writer escapes once more) the reader shows the characters typed. Quotes are left:
    /// they mean nothing outside an attribute, and a reader that takes a title as plain text shows them as typed.
    /// </summary>
    public static string HtmlText(string text)
    {
        var xml = XmlText(text);
        return xml.AsSpan().IndexOfAny('&', '<', '>') < 0
            ? xml
            : xml.Replace("&", "&amp;", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal).Replace(">", "&gt;", StringComparison.Ordinal);
    }

    /// <summary>
    /// The text without the control characters XML 1.0 cannot carry (a NUL in a title would otherwise make the
    /// writer throw, and the feed a 500); the newsroom's forms take any text, and imports keep what they read.
    /// </summary>
    public static string XmlText(string text)
    {
        if (text.All(XmlConvert.IsXmlChar))
        {
            return text;
        }
        var kept = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (XmlConvert.IsXmlChar(text[i]))
            {
                kept.Append(text[i]);
            }
            else if (i + 1 < text.Length && XmlConvert.IsXmlSurrogatePair(text[i + 1], text[i]))
            {
                kept.Append(text, i, 2);
                i++;
            }
        }
        return kept.ToString();
    }

    /// <summary>RFC 822 as RSS wants it, in UTC: "Thu, 10 Jan 2019 04:40:00 GMT" style.</summary>
    public static string Rfc822(DateTime utc) => utc.ToString("ddd, dd MMM yyyy HH:mm:ss 'GMT'", CultureInfo.InvariantCulture);
}
