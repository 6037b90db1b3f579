using Microsoft.AspNetCore.OutputCaching;
using Portal.Web.Articles;
using Portal.Web.Caching;
using Portal.Web.Feeds;

namespace Portal.Web.Pages;

/// <summary>The print-friendly view: the article alone, its address printed under it.</summary>
[OutputCache(PolicyName = PublicPagePolicy.Page)]
public sealed class ArticlePrintModel(PublishedArticles articles, PublicUrls urls) : ArticlePageModel(articles, urls)
{
    protected override string PageName => "/ArticlePrint";
}
