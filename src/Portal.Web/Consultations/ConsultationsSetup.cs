using Portal.Web.Participation;
using Portal.Web.Publishing;
using Portal.Web.Search;

namespace Portal.Web.Consultations;

public static class ConsultationsSetup
{
    /// <summary>The consultations' services, and what they answer the sitemap, the feed, the page cache and search.</summary>
    public static IServiceCollection AddConsultations(this IServiceCollection services)
    {
        services.AddScoped<ConsultationRules>();
        services.AddScoped<ConsultationFiles>();
        services.AddScoped<ConsultationService>();
        services.AddScoped<ConsultationWorkflow>();
        services.AddScoped<NewsroomConsultations>();
        services.AddScoped<ConsultationModeration>();
        services.AddScoped<ConsultationSummaries>();
        services.AddScoped<ConsultationExports>();
        services.AddScoped<PublishedConsultations>();
        services.AddScoped<ConsultationComments>();
        services.AddScoped<ConsultationSeeds>();
        services.AddScoped<IConfirmationTarget, ConsultationConfirmation>();
        services.AddScoped<IPersonalDataSource, ConsultationPersonalData>();
        services.AddScoped<ISearchSource, ConsultationSearchSource>();
        services.AddPublishedKind<PublishedConsultationKind>();
        services.AddCacheTagSource<ConsultationCacheTags>();
        return services;
    }
}
