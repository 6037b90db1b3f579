using System.Globalization;
using System.Text;
using System.Xml;

namespace Portal.Web.Feeds;

public sealed record SitemapUrl(string Location, DateTime? LastModified);

/// <summary>The sitemap protocol: a list of addresses, or, past one file's worth, an index of such lists.</summary>
public static class SitemapXml
{
    public const string Namespace = "http://www.sitemaps.org/schemas/sitemap/0.9";

    public static string UrlSet(IEnumerable<SitemapUrl> urls) => Write("urlset", "url", urls);

    public static string Index(IEnumerable<SitemapUrl> sitemaps) => Write("sitemapindex", "sitemap", sitemaps);

    private static string Write(string root, string element, IEnumerable<SitemapUrl> entries)
    {
        var output = new StringBuilder();
        using (var xml = XmlWriter.Create(output, new XmlWriterSettings { Indent = true, OmitXmlDeclaration = true }))
        {
            xml.WriteStartElement(root, Namespace);
            foreach (var entry in entries)
            {
                xml.WriteStartElement(element, Namespace);
                xml.WriteElementString("loc", Namespace, entry.Location);
                if (entry.LastModified is { } modified)
                {
                    xml.WriteElementString("lastmod", Namespace, modified.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture));
                }
                xml.WriteEndElement();
            }
            xml.WriteEndElement();
        }
        return "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n" + output;
    }
}
