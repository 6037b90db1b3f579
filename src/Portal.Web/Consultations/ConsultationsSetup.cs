namespace Portal.Web.Consultations;

public static class ConsultationsSetup
{
    /// <summary>The consultations' services, and what they answer the sitemap, the feed, the page cache and search.</summary>
    public static IServiceCollection AddConsultations(this IServiceCollection services)
    {
        return services;
    }
}
