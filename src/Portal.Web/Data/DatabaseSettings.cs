using Microsoft.Data.Sqlite;

namespace Portal.Web.Data;

public enum DatabaseProvider
{
    Sqlite,
    SqlServer,
    PostgreSQL,
}

/// <summary>
/// Which database the portal runs on: <c>Portal:Database:Provider</c> and <c>ConnectionStrings:Portal</c>.
/// With neither set, a SQLite file in the data folder (<c>Portal:DataPath</c>, default <c>App_Data</c>).
/// </summary>
public sealed record DatabaseSettings(DatabaseProvider Provider, string ConnectionString)
{
    public const string DatabaseFileName = "portal.db";

    public static DatabaseSettings FromConfiguration(IConfiguration configuration, string contentRoot)
    {
        var providerName = configuration["Portal:Database:Provider"];
        var provider = DatabaseProvider.Sqlite;
        if (!string.IsNullOrWhiteSpace(providerName) && !Enum.TryParse(providerName, ignoreCase: true, out provider))
        {
            throw new InvalidOperationException(
                $"Portal:Database:Provider is '{providerName}'; expected one of: {string.Join(", ", Enum.GetNames<DatabaseProvider>())}.");
        }

        var connectionString = configuration.GetConnectionString("Portal");
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            if (provider != DatabaseProvider.Sqlite)
            {
                throw new InvalidOperationException($"ConnectionStrings:Portal is required for the {provider} provider.");
            }
            var dataPath = Path.GetFullPath(configuration["Portal:DataPath"] ?? "App_Data", contentRoot);
            connectionString = new SqliteConnectionStringBuilder { DataSource = Path.Combine(dataPath, DatabaseFileName) }.ToString();
        }
        return new DatabaseSettings(provider, provider == DatabaseProvider.Sqlite ? OpenOnlyAnExistingFile(connectionString) : connectionString);
    }

    /// <summary>
    /// The file is created by the migration at start-up (<see cref="DatabaseMigrator"/>), never later: a file that
    /// goes missing while the site runs is an outage to report, not an empty database to start afresh.
    /// </summary>
    private static string OpenOnlyAnExistingFile(string connectionString)
    {
        var builder = new SqliteConnectionStringBuilder(connectionString);
        if (builder.Mode == SqliteOpenMode.ReadWriteCreate)
        {
            builder.Mode = SqliteOpenMode.ReadWrite;
        }
        return builder.ToString();
    }
}
