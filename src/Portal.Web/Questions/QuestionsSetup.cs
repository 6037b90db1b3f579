namespace Portal.Web.Questions;

public static class QuestionsSetup
{
    /// <summary>The questions' services, and what they answer the sitemap, the feed, the page cache and search.</summary>
    public static IServiceCollection AddQuestions(this IServiceCollection services)
    {
        return services;
    }
}
