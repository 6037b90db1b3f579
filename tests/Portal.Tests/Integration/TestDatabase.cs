using System.Data.Common;
using Microsoft.Data.SqlClient;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using Portal.Web.Data;

namespace Portal.Tests.Integration;

/// <summary>
/// The database of one test app, on the provider this run is for (<c>PORTAL_TEST_PROVIDER</c>: Sqlite, the default,
/// PostgreSQL or SqlServer): a SQLite file in a folder of its own, or a fresh database with a random name on the
/// server that <c>PORTAL_TEST_POSTGRES</c> or <c>PORTAL_TEST_SQLSERVER</c> names, dropped again on dispose.
/// Either way the folder holds the app's data path (its logs).
/// </summary>
public sealed class TestDatabase : IDisposable
{
    public static DatabaseProvider RunProvider { get; } = ReadRunProvider();

    private readonly (Server Server, string Name)? _serverDatabase;

    private TestDatabase(DatabaseProvider provider, string dataPath, string connectionString, (Server Server, string Name)? serverDatabase)
    {
        Provider = provider;
        DataPath = dataPath;
        ConnectionString = connectionString;
        _serverDatabase = serverDatabase;
    }

    public DatabaseProvider Provider { get; }

    public string DataPath { get; }

    public string ConnectionString { get; }

    /// <summary>
    /// The settings that point the app at this database. On SQLite only the data path: the app finds its file there
    /// by itself, as on a newcomer's machine.
    /// </summary>
    public IReadOnlyDictionary<string, string> Settings => Provider == DatabaseProvider.Sqlite
        ? new Dictionary<string, string> { ["Portal:DataPath"] = DataPath }
        : new Dictionary<string, string>
        {
            ["Portal:DataPath"] = DataPath,
            ["Portal:Database:Provider"] = Provider.ToString(),
            ["ConnectionStrings:Portal"] = ConnectionString,
        };

    public static string NewDataPath() => Directory.CreateTempSubdirectory("portal-tests-").FullName;

    /// <summary>An empty database: the app's first start migrates and seeds it, as on a newcomer's machine.</summary>
    public static TestDatabase Create() => Create(template: null);

    /// <summary>
    /// A database as the app's first start leaves it (migrated, seeded, indexed by <paramref name="searchEngine"/>),
    /// copied from this run's template (<see cref="TestDatabaseTemplates"/>): the start finds its work done.
    /// On SQL Server, which has no cheap copy, an empty one.
    /// </summary>
    public static TestDatabase CopyOfTemplate(string? searchEngine) =>
        RunProvider == DatabaseProvider.SqlServer ? Create() : Create(TestDatabaseTemplates.For(searchEngine));

    private static TestDatabase Create(TestDatabase? template)
    {
        var dataPath = NewDataPath();
        if (Servers.GetValueOrDefault(RunProvider) is not { } server)
        {
            var file = Path.Combine(dataPath, DatabaseSettings.DatabaseFileName);
            if (template is not null)
            {
                File.Copy(template.SqliteFile, file);
            }
            return new TestDatabase(RunProvider, dataPath, new SqliteConnectionStringBuilder { DataSource = file }.ToString(), null);
        }
        // Lower case: PostgreSQL folds unquoted names, so tools that leave out the quotes still find it.
        var name = "portal_test_" + Guid.NewGuid().ToString("N")[..16];
        server.Execute(server.Create(name, template?._serverDatabase?.Name));
        return new TestDatabase(RunProvider, dataPath, server.WithDatabase(server.ConnectionString, name), (server, name));
    }

    /// <summary>
    /// Makes this database a template to copy: every connection to it closed and, on SQLite, the write-ahead log
    /// folded into the file, so that the file alone is the whole database; on a server, closed to connections.
    /// </summary>
    internal void Seal()
    {
        if (_serverDatabase is var (server, name))
        {
            server.ClearPool(ConnectionString);
            server.Execute(server.Close(name));
            return;
        }
        SqliteConnection.ClearAllPools();
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder(ConnectionString) { Pooling = false }.ToString());
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA wal_checkpoint(TRUNCATE);";
        command.ExecuteNonQuery();
    }

    /// <summary>A context of the run's provider on this database, as the app would make it.</summary>
    public PortalDbContext CreateContext() => CreateContext(Provider, ConnectionString);

    /// <summary>A context of any provider; building its model and reading its migrations connects to nothing.</summary>
    public static PortalDbContext CreateContext(DatabaseProvider provider, string connectionString) => provider switch
    {
        DatabaseProvider.PostgreSQL => new PostgreSqlDbContext(new DbContextOptionsBuilder<PostgreSqlDbContext>().UseNpgsql(connectionString).Options),
        DatabaseProvider.SqlServer => new SqlServerDbContext(new DbContextOptionsBuilder<SqlServerDbContext>().UseSqlServer(connectionString).Options),
        _ => new SqliteDbContext(new DbContextOptionsBuilder<SqliteDbContext>().UseSqlite(connectionString).Options),
    };

    /// <summary>One value, read with SQL of the test's own.</summary>
    public async Task<long> ScalarAsync(string sql)
    {
        await using var db = CreateContext();
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>
    /// Takes the database away from the app, as an outage would: the SQLite file moved aside, or the server's
    /// database closed to new connections with its sessions ended. <see cref="BringBack"/> undoes it.
    /// </summary>
    public void TakeAway()
    {
        if (_serverDatabase is var (server, name))
        {
            server.Execute(server.Close(name));
        }
        else
        {
            File.Move(SqliteFile, SqliteFile + ".away");
        }
    }

    public void BringBack()
    {
        if (_serverDatabase is var (server, name))
        {
            server.Execute(server.Open(name));
        }
        else
        {
            File.Move(SqliteFile + ".away", SqliteFile);
        }
    }

    private string SqliteFile => new SqliteConnectionStringBuilder(ConnectionString).DataSource;

    public void Dispose()
    {
        if (_serverDatabase is var (server, name))
        {
            server.ClearPool(ConnectionString);
            server.Execute(server.Drop(name));
        }
        else
        {
            SqliteConnection.ClearAllPools();
        }
        try
        {
            Directory.Delete(DataPath, recursive: true);
        }
        catch (IOException)
        {
            // A log file may still be held for a moment; the temp folder is cleaned by the system.
        }
    }

    private static DatabaseProvider ReadRunProvider()
    {
        var name = Environment.GetEnvironmentVariable("PORTAL_TEST_PROVIDER");
        if (string.IsNullOrWhiteSpace(name))
        {
            return DatabaseProvider.Sqlite;
        }
        return Enum.TryParse<DatabaseProvider>(name, ignoreCase: true, out var provider)
            ? provider
            : throw new InvalidOperationException($"PORTAL_TEST_PROVIDER is '{name}'; expected one of: {string.Join(", ", Enum.GetNames<DatabaseProvider>())}.");
    }

    /// <summary>A database server the tests make their databases on, named by an environment variable.</summary>
    private sealed record Server(
        string Variable,
        Func<string, DbConnection> Connect,
        Func<string, string?, string> Create,
        Func<string, string> Drop,
        Func<string, string, string> WithDatabase,
        Action<string> ClearPool,
        Func<string, string> Close,
        Func<string, string> Open)
    {
        public string ConnectionString => Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } value
            ? value
            : throw new InvalidOperationException($"PORTAL_TEST_PROVIDER is {RunProvider}: set {Variable} to a connection string for a server where the tests may create databases.");

        public void Execute(string sql)
        {
            using var connection = Connect(ConnectionString);
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = sql;
            command.ExecuteNonQuery();
        }
    }

    private static readonly Dictionary<DatabaseProvider, Server> Servers = new()
    {
        [DatabaseProvider.PostgreSQL] = new Server(
            "PORTAL_TEST_POSTGRES",
            connectionString => new NpgsqlConnection(connectionString),
            (name, template) => $"CREATE DATABASE \"{name}\" TEMPLATE {(template is null ? "template0" : $"\"{template}\"")} ENCODING 'UTF8'",
            name => $"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)",
            (connectionString, name) => new NpgsqlConnectionStringBuilder(connectionString) { Database = name }.ToString(),
            connectionString =>
            {
                using var connection = new NpgsqlConnection(connectionString);
                NpgsqlConnection.ClearPool(connection);
            },
            name => $"ALTER DATABASE \"{name}\" ALLOW_CONNECTIONS false; " +
                $"SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '{name}' AND pid <> pg_backend_pid()",
            name => $"ALTER DATABASE \"{name}\" ALLOW_CONNECTIONS true"),
        [DatabaseProvider.SqlServer] = new Server(
            "PORTAL_TEST_SQLSERVER",
            connectionString => new SqlConnection(connectionString),
            (name, _) => $"CREATE DATABASE [{name}]",
            name => $"IF DB_ID('{name}') IS NOT NULL BEGIN ALTER DATABASE [{name}] SET SINGLE_USER WITH ROLLBACK IMMEDIATE; DROP DATABASE [{name}]; END",
            (connectionString, name) => new SqlConnectionStringBuilder(connectionString) { InitialCatalog = name }.ToString(),
            connectionString =>
            {
                using var connection = new SqlConnection(connectionString);
                SqlConnection.ClearPool(connection);
            },
            name => $"ALTER DATABASE [{name}] SET OFFLINE WITH ROLLBACK IMMEDIATE",
            name => $"ALTER DATABASE [{name}] SET ONLINE"),
    };
}
