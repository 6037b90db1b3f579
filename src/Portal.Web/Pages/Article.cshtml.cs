using Portal.Web.Articles;

namespace Portal.Web.Pages;

public sealed class ArticleModel(PublishedArticles articles) : ArticlePageModel(articles)
{
    public const int RelatedCount = 6;

    public IReadOnlyList<ArticleListItem> Related { get; private set; } = [];

    /// <summary>Opens the reader's own mail program: the title as subject, the address as body.</summary>
    public string MailtoHref =>
        $"mailto:?subject={Uri.EscapeDataString(Article.Title)}&body={Uri.EscapeDataString(AbsoluteUrl)}";

    protected override string PageName => "/Article";

    protected override async Task OnArticleLoadedAsync(CancellationToken cancellationToken) =>
        Related = await Articles.NewestInCategoryAsync(Article.CategoryId, RelatedCount, Article.Id, cancellationToken);
}
