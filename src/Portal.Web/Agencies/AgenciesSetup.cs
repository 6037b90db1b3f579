using Portal.Web.Publishing;

namespace Portal.Web.Agencies;

public static class AgenciesSetup
{
    /// <summary>The directory of agencies and officials ("Cơ cấu tổ chức").</summary>
    public static IServiceCollection AddAgencies(this IServiceCollection services)
    {
        services.AddScoped<DirectorySeeds>();
        services.AddScoped<DirectoryService>();
        services.AddScoped<AgencyAdmin>();
        services.AddScoped<OfficialAdmin>();
        services.AddPublishedKind<DirectoryKind>();
        services.AddCacheTagSource<DirectoryCacheTags>();
        return services;
    }
}
