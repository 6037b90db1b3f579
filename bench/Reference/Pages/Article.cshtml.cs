using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Portal.Bench.Reference.Pages;

/// <summary>The article page: one query, then Razor; a wrong slug redirects to the canonical address, as the portal's.</summary>
public sealed class ArticleModel(ArticleReader articles) : PageModel
{
    private static readonly JsonSerializerOptions JsonLdOptions = new() { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };

    public ArticleView Article { get; private set; } = null!;

    public string AbsoluteUrl { get; private set; } = "";

    public string MailtoHref =>
        $"mailto:?subject={Uri.EscapeDataString(Article.Title)}&body={Uri.EscapeDataString(AbsoluteUrl)}";

    /// <summary>schema.org NewsArticle, as the portal writes it.</summary>
    public string JsonLd => JsonSerializer.Serialize(new Dictionary<string, object?>
    {
        ["@context"] = "https://schema.org",
        ["@type"] = "NewsArticle",
        ["headline"] = Article.Title,
        ["description"] = Article.Summary,
        ["datePublished"] = Site.FormatIso(Article.PublishedAt),
        ["dateModified"] = Site.FormatIso(Article.UpdatedAt),
        ["articleSection"] = Article.CategoryName,
        ["inLanguage"] = "vi",
        ["mainEntityOfPage"] = AbsoluteUrl,
        ["url"] = AbsoluteUrl,
        ["author"] = new Dictionary<string, string> { ["@type"] = "Person", ["name"] = Article.Author },
        ["publisher"] = new Dictionary<string, string> { ["@type"] = "GovernmentOrganization", ["name"] = Site.Owner },
    }, JsonLdOptions);

    public async Task<IActionResult> OnGetAsync(int id, string? slug, CancellationToken cancellationToken)
    {
        var article = await articles.FindAsync(id, cancellationToken);
        if (article is null)
        {
            return NotFound();
        }
        if (!string.Equals(slug, article.Slug, StringComparison.Ordinal))
        {
            return RedirectPermanent(Site.ArticlePath(id, article.Slug));
        }
        Article = article;
        AbsoluteUrl = $"{Request.Scheme}://{Request.Host}{Site.ArticlePath(id, article.Slug)}";
        return Page();
    }
}
