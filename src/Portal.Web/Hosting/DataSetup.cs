using Microsoft.EntityFrameworkCore;
using Portal.Web.Data;
using Portal.Web.Importing;

namespace Portal.Web.Hosting;

public static class DataSetup
{
    /// <summary>The provider's own context, chosen by configuration, served to everyone as <see cref="PortalDbContext"/>.</summary>
    public static IServiceCollection AddPortalData(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        var settings = DatabaseSettings.FromConfiguration(configuration, environment.ContentRootPath);
        services.AddSingleton(settings);
        switch (settings.Provider)
        {
            case DatabaseProvider.SqlServer:
                services.AddDbContext<SqlServerDbContext>(o => o.UseSqlServer(settings.ConnectionString));
                services.AddScoped<PortalDbContext>(sp => sp.GetRequiredService<SqlServerDbContext>());
                break;
            default:
                services.AddDbContext<SqliteDbContext>(o => o.UseSqlite(settings.ConnectionString));
                services.AddScoped<PortalDbContext>(sp => sp.GetRequiredService<SqliteDbContext>());
                break;
        }
        services.AddScoped<DatabaseMigrator>();
        services.AddScoped<DatabaseSeeder>();
        return services;
    }

    /// <summary>Migrations first, then the seeds into an empty database: all before the first request.</summary>
    public static async Task MigrateAndSeedAsync(this WebApplication app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<DatabaseMigrator>().MigrateAsync();
        await scope.ServiceProvider.GetRequiredService<DatabaseSeeder>().SeedIfEmptyAsync();
    }
}
