using Portal.Web.Publishing;

namespace Portal.Web.SiteTexts;

public static class SiteTextsSetup
{
    /// <summary>The site's English texts: on every page, so a save evicts every cached page.</summary>
    public static IServiceCollection AddSiteTexts(this IServiceCollection services) =>
        services.AddScoped<SiteTranslationService>().AddSiteWideEntity<SiteTranslation>();
}
