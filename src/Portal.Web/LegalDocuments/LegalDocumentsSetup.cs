using Portal.Web.Search;

namespace Portal.Web.LegalDocuments;

public static class LegalDocumentsSetup
{
    /// <summary>The legal documents' services, and what they answer the sitemap, the feed, the page cache and search.</summary>
    public static IServiceCollection AddLegalDocuments(this IServiceCollection services)
    {
        services.AddScoped<ISearchSource, LegalDocumentSearchSource>();
        services.AddScoped<DocumentLinkResolver>();
        return services;
    }
}
