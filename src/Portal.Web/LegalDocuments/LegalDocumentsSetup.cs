using Portal.Web.LegalDocuments.Files;
using Portal.Web.Publishing;
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
        services.AddScoped<PublishedLegalDocuments>();
        services.AddScoped<LegalDocumentOpenData>();
        services.AddPublishedKind<PublishedLegalDocumentKind>();
        services.AddCacheTagSource<LegalDocumentCacheTags>();
        // The lists' names show on every document page and in the list's filters: a rename (rare) evicts all pages.
        services.AddSiteWideEntity<DocumentType>();
        services.AddSiteWideEntity<DocumentIssuer>();
        services.AddSiteWideEntity<DocumentField>();
        services.AddScoped<DocumentLinkResolver>();
        return services;
    }
}
