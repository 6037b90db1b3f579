using Portal.Web.Publishing;
using Portal.Web.Search;

namespace Portal.Web.Articles;

public static class ArticlesSetup
{
    /// <summary>The articles' services, and what they answer the sitemap, the feed, the page cache and search.</summary>
    public static IServiceCollection AddArticles(this IServiceCollection services)
    {
        services.AddSingleton<MarkdownRenderer>();
        services.AddScoped<ArticleBody>();
        services.AddScoped<ArticleService>();
        services.AddScoped<ArticleWorkflow>();
        services.AddScoped<ArticleHistory>();
        services.AddScoped<ArticleAutosaves>();
        services.AddScoped<NewsroomArticles>();
        services.AddScoped<PublishedArticles>();
        services.AddScoped<CategoryArticleCounts>();
        services.AddPublishedKind<PublishedArticleKind>();
        services.AddCacheTagSource<ArticleCacheTags>();
        services.AddScoped<ISearchSource, ArticleSearchSource>();
        return services;
    }
}
