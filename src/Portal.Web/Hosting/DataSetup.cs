using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Portal.Web.Accounts;
using Portal.Web.Data;
using Portal.Web.Importing;
using Portal.Web.Search;

namespace Portal.Web.Hosting;

public static class DataSetup
{
    /// <summary>
    /// The provider's own context, chosen by configuration, served to everyone as <see cref="PortalDbContext"/>,
    /// with the interceptors registered as services (the page cache's eviction).
    /// </summary>
    public static IServiceCollection AddPortalData(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        var settings = DatabaseSettings.FromConfiguration(configuration, environment.ContentRootPath);
        services.AddSingleton(settings);
        switch (settings.Provider)
        {
            case DatabaseProvider.SqlServer:
                services.AddDbContext<SqlServerDbContext>((sp, o) => o.UseSqlServer(settings.ConnectionString).AddInterceptors(sp.GetServices<IInterceptor>()));
                services.AddScoped<PortalDbContext>(sp => sp.GetRequiredService<SqlServerDbContext>());
                break;
            case DatabaseProvider.PostgreSQL:
                services.AddDbContext<PostgreSqlDbContext>((sp, o) => o.UseNpgsql(settings.ConnectionString).AddInterceptors(sp.GetServices<IInterceptor>()));
                services.AddScoped<PortalDbContext>(sp => sp.GetRequiredService<PostgreSqlDbContext>());
                break;
            default:
                services.AddDbContext<SqliteDbContext>((sp, o) => o.UseSqlite(settings.ConnectionString).AddInterceptors(sp.GetServices<IInterceptor>()));
                services.AddScoped<PortalDbContext>(sp => sp.GetRequiredService<SqliteDbContext>());
                break;
        }
        // Search follows the database: SQLite's FTS5, or the inverted word index elsewhere (or by choice).
        var engine = configuration["Portal:Search:Engine"] ?? (settings.Provider == DatabaseProvider.Sqlite ? "Fts5" : "TermIndex");
        if (engine.Equals("TermIndex", StringComparison.OrdinalIgnoreCase))
        {
            services.AddScoped<IArticleSearch, TermIndexArticleSearch>();
        }
        else if (settings.Provider == DatabaseProvider.Sqlite)
        {
            services.AddScoped<IArticleSearch, Fts5ArticleSearch>();
            services.AddSingleton<Fts5Matches>();
        }
        else
        {
            throw new InvalidOperationException($"Portal:Search:Engine is '{engine}': FTS5 is SQLite's own; {settings.Provider} uses TermIndex.");
        }
        services.AddScoped<SearchIndexBackfill>();
        services.AddScoped<DatabaseMigrator>();
        services.AddScoped<DatabaseBackup>();
        services.AddScoped<DatabaseSeeder>();
        return services;
    }

    /// <summary>
    /// Before the first request: migrations, the seeds into an empty database, the roles, a data-protection
    /// key (made now, so servers starting together share one), and while no account exists, the setup token.
    /// </summary>
    public static async Task MigrateAndSeedAsync(this WebApplication app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        await services.GetRequiredService<DatabaseMigrator>().MigrateAsync();
        await services.GetRequiredService<DatabaseSeeder>().SeedIfEmptyAsync();
        await services.GetRequiredService<SearchIndexBackfill>().IndexMissingAsync();
        var accounts = services.GetRequiredService<UserAccounts>();
        await accounts.EnsureRolesAsync();
        services.GetRequiredService<IDataProtectionProvider>().CreateProtector("Portal.Startup").Protect([1]);
        if (!await accounts.AnyAsync())
        {
            var token = services.GetRequiredService<SetupToken>().Issue();
            app.Logger.LogWarning(
                "No newsroom account exists yet. Create the first administrator at /admin/account/setup with the setup token {SetupToken}, " +
                "or run: dotnet run --project src/Portal.Web -- users add --email <address> --role Administrator", token);
        }
    }
}
