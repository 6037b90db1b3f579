using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Portal.Web.Articles;
using Portal.Web.Articles.Attachments;
using Portal.Web.Articles.Tags;
using Portal.Web.Feeds;
using Portal.Web.Caching;

namespace Portal.Web.Pages;

/// <summary>
/// What the article page and its print view share: the article, found by id among the published ones, at
/// its one canonical address (a wrong or old slug redirects there permanently).
/// </summary>
public abstract class ArticlePageModel(PublishedArticles articles, PublicUrls urls, ArticleAttachments attachments, PublishedTags tags) : PageModel
{
    public Article Article { get; private set; } = null!;

    /// <summary>The files listed under the body.</summary>
    public IReadOnlyList<ArticleAttachment> Attachments { get; private set; } = [];

    public IReadOnlyList<Tag> Tags { get; private set; } = [];

    /// <summary>The article's absolute address, as printed under the print view and sent by e-mail.</summary>
    public string AbsoluteUrl { get; private set; } = "";

    protected PublishedArticles Articles => articles;

    protected PublicUrls Urls => urls;

    protected abstract string PageName { get; }

    public async Task<IActionResult> OnGetAsync(int id, string? slug, CancellationToken cancellationToken)
    {
        var article = await articles.FindAsync(id, cancellationToken);
        if (article is null)
        {
            return NotFound();
        }
        if (!string.Equals(slug, article.Slug, StringComparison.Ordinal))
        {
            return RedirectToPagePermanent(PageName, new { id, slug = article.Slug });
        }
        Article = article;
        HttpContext.TagCachedPage(PageCacheTags.Article(id), PageCacheTags.Category(article.CategoryId));
        AbsoluteUrl = urls.Absolute(Request, PublicUrls.ArticlePath(id, article.Slug));
        Attachments = await attachments.OfArticleAsync(id, cancellationToken);
        Tags = await tags.OfArticleAsync(article, cancellationToken);
        await OnArticleLoadedAsync(cancellationToken);
        return Page();
    }

    protected virtual Task OnArticleLoadedAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
