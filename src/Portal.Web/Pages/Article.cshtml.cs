using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using Microsoft.Extensions.Options;
using Portal.Web.Articles;
using Portal.Web.Feeds;
using Portal.Web.Hosting;
using Portal.Web.Localization;

namespace Portal.Web.Pages;

public sealed class ArticleModel(PublishedArticles articles, PublicUrls urls, IOptions<SiteOptions> site) : ArticlePageModel(articles, urls)
{
    public const int RelatedCount = 6;

    public IReadOnlyList<ArticleListItem> Related { get; private set; } = [];

    /// <summary>Opens the reader's own mail program: the title as subject, the address as body.</summary>
    public string MailtoHref =>
        $"mailto:?subject={Uri.EscapeDataString(Article.Title)}&body={Uri.EscapeDataString(AbsoluteUrl)}";

    // Vietnamese letters stay readable; the encoder still escapes <, > and &, so no text of the article can
    // close the script element the JSON is written in.
    private static readonly JsonSerializerOptions JsonLdOptions = new() { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };

    /// <summary>schema.org NewsArticle, for search engines and link previews.</summary>
    public string JsonLd => JsonSerializer.Serialize(new Dictionary<string, object?>
    {
        ["@context"] = "https://schema.org",
        ["@type"] = "NewsArticle",
        ["headline"] = Article.Title,
        ["description"] = Article.Summary,
        ["datePublished"] = VietnamTime.FormatIso(Article.PublishedAt!.Value),
        ["dateModified"] = VietnamTime.FormatIso(Article.UpdatedAt),
        ["articleSection"] = Article.Category?.Name,
        ["inLanguage"] = "vi",
        ["mainEntityOfPage"] = AbsoluteUrl,
        ["url"] = AbsoluteUrl,
        ["author"] = new Dictionary<string, string> { ["@type"] = "Person", ["name"] = Article.Author },
        ["publisher"] = new Dictionary<string, string> { ["@type"] = "GovernmentOrganization", ["name"] = site.Value.Owner },
    }, JsonLdOptions);

    protected override string PageName => "/Article";

    protected override async Task OnArticleLoadedAsync(CancellationToken cancellationToken) =>
        Related = await Articles.NewestInCategoryAsync(Article.CategoryId, RelatedCount, Article.Id, cancellationToken);
}
