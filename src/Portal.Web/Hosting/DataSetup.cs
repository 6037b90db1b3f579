using Microsoft.AspNetCore.DataProtection;
using Microsoft.Data.Sqlite;
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
    /// with the interceptors registered as services (the page cache's eviction). Contexts are pooled, their options
    /// built once: a context made and set up for each request was a seventh of an uncached article page's CPU
    /// (docs/performance.md). A pooled context is reset between requests (its tracked entities, its transaction).
    /// </summary>
    public static IServiceCollection AddPortalData(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        var settings = DatabaseSettings.FromConfiguration(configuration, environment.ContentRootPath);
        services.AddSingleton(settings);
        switch (settings.Provider)
        {
            case DatabaseProvider.SqlServer:
                services.AddDbContextPool<SqlServerDbContext>((sp, o) => o.UseSqlServer(settings.ConnectionString).WithPortalLogging(sp));
                services.AddScoped<PortalDbContext>(sp => sp.GetRequiredService<SqlServerDbContext>());
                break;
            case DatabaseProvider.PostgreSQL:
                services.AddDbContextPool<PostgreSqlDbContext>((sp, o) => o.UseNpgsql(settings.ConnectionString).WithPortalLogging(sp));
                services.AddScoped<PortalDbContext>(sp => sp.GetRequiredService<PostgreSqlDbContext>());
                break;
            default:
                // The default database starts on its model compiled ahead (Data/CompiledModels/Sqlite, found by its
                // assembly attribute): building it from the configurations cost about a second of each start
                // (docs/performance.md, "Start"). The other providers still build theirs.
                services.AddDbContextPool<SqliteDbContext>((sp, o) => o.UseSqlite(settings.ConnectionString).WithPortalLogging(sp)
                    .AddInterceptors(SqliteFileCheck.Instance));
                services.AddScoped<PortalDbContext>(sp => sp.GetRequiredService<SqliteDbContext>());
                break;
        }
        // Search follows the database: SQLite's FTS5, or the inverted word index elsewhere. PostgreSQL's own engine
        // (a tsvector) is there by choice: at 100,000 articles the word index answered most queries faster
        // (bench/search-postgres.sh).
        var engine = configuration["Portal:Search:Engine"] ?? (settings.Provider == DatabaseProvider.Sqlite ? "Fts5" : "TermIndex");
        if (engine.Equals("TermIndex", StringComparison.OrdinalIgnoreCase))
        {
            services.AddScoped<ISearch, TermIndexSearch>();
        }
        else if (engine.Equals("Fts5", StringComparison.OrdinalIgnoreCase) && settings.Provider == DatabaseProvider.Sqlite)
        {
            services.AddScoped<ISearch, Fts5Search>();
            services.AddSingleton<Fts5Matches>();
        }
        else if (engine.Equals("PostgreSql", StringComparison.OrdinalIgnoreCase) && settings.Provider == DatabaseProvider.PostgreSQL)
        {
            services.AddScoped<ISearch, PostgreSqlSearch>();
        }
        else
        {
            throw new InvalidOperationException(
                $"Portal:Search:Engine is '{engine}': Fts5 is SQLite's own, PostgreSql PostgreSQL's; TermIndex works on every database.");
        }
        services.AddScoped<SearchIndexBackfill>();
        services.AddScoped<DatabaseMigrator>();
        services.AddScoped<DatabaseBackup>();
        services.AddScoped<DatabaseSeeder>();
        return services;
    }

    /// <summary>
    /// The interceptors registered as services, and EF's own error entries for a failed command or connection kept
    /// at Debug: each carries a stack trace, and the one who catches the failure logs it (an outage as one warning
    /// line, a fault by the error page), so it is logged once. The migrator's comparison of the model with the last
    /// migration's snapshot is skipped: it builds a second model at every start, and MigrationTests makes the same
    /// check for each provider on every test run.
    /// </summary>
    private static DbContextOptionsBuilder WithPortalLogging(this DbContextOptionsBuilder options, IServiceProvider services) =>
        options.AddInterceptors(services.GetServices<IInterceptor>()).ConfigureWarnings(warnings => warnings.Log(
            (RelationalEventId.CommandError, LogLevel.Debug),
            (RelationalEventId.ConnectionError, LogLevel.Debug),
            (RelationalEventId.TransactionError, LogLevel.Debug),
            (CoreEventId.QueryIterationFailed, LogLevel.Debug),
            (CoreEventId.SaveChangesFailed, LogLevel.Debug),
            // SQLite's "PRAGMA foreign_keys" of a table rebuild (the Photos migration) runs outside the migration's
            // transaction; the warning asks developers for a migration of its own, nothing an operator can act on
            // (docs/operations.md: back up before an upgrade).
            (RelationalEventId.NonTransactionalMigrationOperationWarning, LogLevel.Debug))
            .Ignore(RelationalEventId.PendingModelChangesWarning));

    /// <summary>The exit code of a start that could not open or write the database (docs/operations.md).</summary>
    public const int DatabaseUnusableExitCode = 3;

    /// <summary>
    /// <see cref="MigrateAndSeedAsync"/>, or, when the database cannot be created, opened or written (a read-only
    /// data folder, a full disk, a server that does not answer), one paragraph on <paramref name="error"/> saying
    /// what to check, and false: the operator needs the folder and the remedy, not a stack trace.
    /// </summary>
    public static async Task<bool> TryMigrateAndSeedAsync(this WebApplication app, TextWriter error)
    {
        try
        {
            await app.MigrateAndSeedAsync();
            return true;
        }
        catch (Exception exception) when (DatabaseUnavailable.Is(exception) || exception is IOException or UnauthorizedAccessException)
        {
            await error.WriteLineAsync(StartFailure(app.Services.GetRequiredService<DatabaseSettings>(), exception));
            return false;
        }
    }

    private static string StartFailure(DatabaseSettings settings, Exception exception)
    {
        var reason = DatabaseUnavailable.Reason(exception);
        if (settings.Provider != DatabaseProvider.Sqlite)
        {
            return $"The portal cannot start: its {settings.Provider} database could not be reached or written ({reason}). " +
                "Check ConnectionStrings:Portal, that the server is running and accepts this account, and that it has free space; " +
                $"then start the portal again. Exit code {DatabaseUnusableExitCode}.";
        }
        var file = Path.GetFullPath(new SqliteConnectionStringBuilder(settings.ConnectionString).DataSource);
        return $"The portal cannot start: its database {file} could not be created or written ({reason}). " +
            $"Check that the data folder {Path.GetDirectoryName(file)} exists, that the account running the portal may write to it, " +
            "and that its disk has free space, or point Portal:DataPath at a folder that does; " +
            $"then start the portal again. Exit code {DatabaseUnusableExitCode}.";
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
