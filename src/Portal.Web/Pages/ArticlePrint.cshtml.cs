using Portal.Web.Articles;

namespace Portal.Web.Pages;

/// <summary>The print-friendly view: the article alone, its address printed under it.</summary>
public sealed class ArticlePrintModel(PublishedArticles articles) : ArticlePageModel(articles)
{
    protected override string PageName => "/ArticlePrint";
}
