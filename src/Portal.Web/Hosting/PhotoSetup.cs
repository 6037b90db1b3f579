using Portal.Web.Media;
using Portal.Web.Publishing;

namespace Portal.Web.Hosting;

public static class PhotoSetup
{
    /// <summary>
    /// The photo library, its processor, and the store <c>Portal:Photos:Store</c> names: the database (default), or a
    /// folder (<c>Portal:Photos:Folder</c>, by default <c>photos</c> in the data folder).
    /// </summary>
    public static IServiceCollection AddPortalPhotos(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        var section = configuration.GetSection(PhotoOptions.Section);
        services.AddOptions<PhotoOptions>().Bind(section);
        var options = section.Get<PhotoOptions>() ?? new PhotoOptions();
        if (options.Store == PhotoStoreKind.FileSystem)
        {
            var folder = string.IsNullOrWhiteSpace(options.Folder)
                ? Path.Combine(Path.GetFullPath(configuration["Portal:DataPath"] ?? "App_Data", environment.ContentRootPath), "photos")
                : Path.GetFullPath(options.Folder, environment.ContentRootPath);
            services.AddSingleton<IPhotoStore>(new FileSystemPhotoStore(folder));
        }
        else
        {
            services.AddScoped<IPhotoStore, DatabasePhotoStore>();
        }
        services.AddSingleton<PhotoProcessor>();
        services.AddScoped<PhotoLibrary>();
        services.AddCacheTagSource<PhotoCacheTags>();    // the page cache evicts what a photo's change shows on
        return services;
    }
}
