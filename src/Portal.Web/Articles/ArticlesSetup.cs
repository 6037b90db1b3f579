using Portal.Web.Articles.Attachments;
using Portal.Web.Articles.Tags;
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
        services.AddScoped<ArticleAttachments>();
        services.AddScoped<ArticleExtras>();
        services.AddScoped<ArticleTagging>();
        services.AddScoped<PublishedTags>();
        services.AddScoped<ArticleWorkflow>();
        services.AddScoped<ArticleHistory>();
        services.AddScoped<ArticleProposals>();
        services.AddScoped<ArticleTimeline>();
        services.AddScoped<WaitingWork>();
        services.AddScoped<ArticleAutosaves>();
        services.AddScoped<NewsroomArticles>();
        services.AddScoped<PublishedArticles>();
        services.AddScoped<CategoryArticleCounts>();
        services.AddScoped<FeaturedArticles>();
        services.AddOptions<HomeOptions>().BindConfiguration(HomeOptions.Section);
        services.AddCacheTagSource<FeaturedArticleCacheTags>();
        services.AddPublishedKind<PublishedArticleKind>();
        services.AddCacheTagSource<ArticleCacheTags>();
        services.AddScoped<ISearchSource, ArticleSearchSource>();
        return services;
    }
}
