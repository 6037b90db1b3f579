using System.Globalization;
using System.Text;
using System.Xml;
using Portal.Web.Articles;

namespace Portal.Web.Feeds;

/// <summary>RSS 2.0: absolute links, RFC 822 dates, the summary as the description.</summary>
public static class RssFeed
{
    public static string Write(string title, string link, string selfLink, string description, IReadOnlyList<ArticleListItem> items, Func<ArticleListItem, string> itemLink)
    {
        var output = new StringBuilder();
        using (var xml = XmlWriter.Create(output, new XmlWriterSettings { Indent = true, Encoding = Encoding.UTF8, OmitXmlDeclaration = true }))
        {
            xml.WriteStartElement("rss");
            xml.WriteAttributeString("version", "2.0");
            xml.WriteAttributeString("xmlns", "atom", null, "http://www.w3.org/2005/Atom");
            xml.WriteStartElement("channel");
            xml.WriteElementString("title", title);
            xml.WriteElementString("link", link);
            xml.WriteElementString("description", description);
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
                var url = itemLink(item);
                xml.WriteStartElement("item");
                xml.WriteElementString("title", item.Title);
                xml.WriteElementString("link", url);
                xml.WriteStartElement("guid");
                xml.WriteAttributeString("isPermaLink", "true");
                xml.WriteString(url);
                xml.WriteEndElement();
                xml.WriteElementString("pubDate", Rfc822(item.PublishedAt));
                xml.WriteElementString("category", item.CategoryName);
                xml.WriteElementString("description", item.Summary);
                xml.WriteEndElement();
            }
            xml.WriteEndElement();
            xml.WriteEndElement();
        }
        return "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n" + output;
    }

    /// <summary>RFC 822 as RSS wants it, in UTC: "Thu, 10 Jan 2019 04:40:00 GMT" style.</summary>
    public static string Rfc822(DateTime utc) => utc.ToString("ddd, dd MMM yyyy HH:mm:ss 'GMT'", CultureInfo.InvariantCulture);
}
