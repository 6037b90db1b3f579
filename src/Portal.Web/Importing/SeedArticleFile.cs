using System.Globalization;
using Portal.Web.Localization;

namespace Portal.Web.Importing;

/// <summary>
/// A sample article under <c>seeds/articles/</c>: front matter (title, category slug, author, published in
/// Vietnam time, summary), then the Markdown body.
/// </summary>
public sealed record SeedArticleFile(string Title, string CategorySlug, string Author, DateTime PublishedAtUtc, string Summary, string BodyMarkdown)
{
    public static SeedArticleFile Parse(string name, string text)
    {
        var file = FrontMatter.Parse(name, text);
        if (!DateTime.TryParseExact(file.Required("published"), "yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var published))
        {
            throw new FormatException($"{name}: 'published' must read yyyy-MM-dd HH:mm (Vietnam time)");
        }
        return new SeedArticleFile(
            file.Required("title"), file.Required("category"), file.Required("author"), VietnamTime.ToUtc(published), file.Required("summary"), file.Body);
    }
}
