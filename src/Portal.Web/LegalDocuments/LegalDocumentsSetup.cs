using Portal.Web.LegalDocuments.Files;
using Portal.Web.Search;

namespace Portal.Web.LegalDocuments;

public static class LegalDocumentsSetup
{
    /// <summary>The legal documents' services, and what they answer the sitemap, the feed, the page cache and search.</summary>
    public static IServiceCollection AddLegalDocuments(this IServiceCollection services)
    {
        services.AddScoped<ISearchSource, LegalDocumentSearchSource>();
        services.AddOptions<DocumentFileLimits>().BindConfiguration(DocumentFileLimits.Section);
        services.AddSingleton<DocumentFileReader>();
        services.AddScoped<DocumentFileStore>();
        services.AddScoped<LegalDocumentRules>();
        services.AddScoped<LegalForceKeeper>();
        services.AddScoped<LegalDocumentFiles>();
        services.AddScoped<LegalDocumentService>();
        services.AddScoped<LegalDocumentWorkflow>();
        services.AddScoped<NewsroomLegalDocuments>();
        services.AddScoped<DocumentListsAdmin>();
        return services;
    }
}
