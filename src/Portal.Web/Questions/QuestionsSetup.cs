using Portal.Web.Participation;
using Portal.Web.Publishing;
using Portal.Web.Search;

namespace Portal.Web.Questions;

public static class QuestionsSetup
{
    /// <summary>The questions' services, and what they answer the sitemap, the feed, the page cache and search.</summary>
    public static IServiceCollection AddQuestions(this IServiceCollection services)
    {
        services.AddOptions<QuestionOptions>().BindConfiguration(QuestionOptions.Section);
        services.AddScoped<ISearchSource, QuestionSearchSource>();
        services.AddScoped<QuestionSubmissions>();
        services.AddScoped<QuestionWorkflow>();
        services.AddScoped<QuestionDesk>();
        services.AddScoped<QuestionSeeder>();
        services.AddScoped<PublishedQuestions>();
        services.AddScoped<IConfirmationTarget, QuestionConfirmation>();
        services.AddScoped<IPersonalDataSource, QuestionPersonalData>();
        services.AddPublishedKind<PublishedQuestionKind>();
        services.AddCacheTagSource<QuestionCacheTags>();
        return services;
    }
}
