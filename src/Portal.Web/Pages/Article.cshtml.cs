using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Options;
using Portal.Web.Articles;
using Portal.Web.Articles.Attachments;
using Portal.Web.Articles.Tags;
using Portal.Web.Caching;
using Portal.Web.Feeds;
using Portal.Web.Hosting;
using Portal.Web.Localization;
using Portal.Web.Media;

namespace Portal.Web.Pages;

[OutputCache(PolicyName = PublicPagePolicy.Page)]
public sealed class ArticleModel(PublishedArticles articles, PublicUrls urls, ArticleAttachments attachments, PublishedTags tags, IOptions<SiteOptions> site)
    : ArticlePageModel(articles, urls, attachments, tags)
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
    public string JsonLd
    {
        get
        {
            var data = new Dictionary<string, object?>
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
            };
            if (AbsoluteImageUrl is { } image)
            {
                data["image"] = new[] { image };
            }
            return JsonSerializer.Serialize(data, JsonLdOptions);
        }
    }

    /// <summary>The cover as link previews want it: a JPEG about 1200 px wide (the 1280 variant, or the widest below it).</summary>
    public PhotoVariant? ShareImage
    {
        get
        {
            var jpegs = Article.CoverPhoto?.Variants.Where(v => v.Format == PhotoVariant.Jpeg).ToList() ?? [];
            return jpegs.Where(v => v.Width <= ShareImageWidth).MaxBy(v => v.Width) ?? jpegs.MinBy(v => v.Width);
        }
    }

    public const int ShareImageWidth = 1280;

    public string? AbsoluteImageUrl => ShareImage is { } image ? Urls.Absolute(Request, PhotoUrls.Variant(image)) : null;

    protected override string PageName => "/Article";

    protected override async Task OnArticleLoadedAsync(CancellationToken cancellationToken) =>
        Related = await Articles.NewestInCategoryAsync(Article.CategoryId, RelatedCount, Article.Id, cancellationToken);
}
