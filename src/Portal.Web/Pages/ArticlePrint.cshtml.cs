using Microsoft.AspNetCore.OutputCaching;
using Portal.Web.Articles;
using Portal.Web.Articles.Attachments;
using Portal.Web.Articles.Tags;
using Portal.Web.Caching;
using Portal.Web.Feeds;

namespace Portal.Web.Pages;

/// <summary>The print-friendly view: the article alone, its address printed under it.</summary>
[OutputCache(PolicyName = PublicPagePolicy.Page)]
public sealed class ArticlePrintModel(PublishedArticles articles, PublicUrls urls, ArticleAttachments attachments, PublishedTags tags)
    : ArticlePageModel(articles, urls, attachments, tags)
{
    protected override string PageName => "/ArticlePrint";
}
