using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Portal.Web.Data;

/// <summary>Brings the database to the latest migration: at start-up and by the <c>migrate</c> command.</summary>
public sealed class DatabaseMigrator(PortalDbContext db, DatabaseSettings settings, ILogger<DatabaseMigrator> logger)
{
    public async Task MigrateAsync(CancellationToken cancellationToken = default)
    {
        if (settings.Provider == DatabaseProvider.Sqlite)
        {
            CreateSqliteFile();
        }

        var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
        if (pending.Count > 0)
        {
            logger.LogInformation("Applying {Count} migration(s): {Migrations}", pending.Count, string.Join(", ", pending));
        }
        await db.Database.MigrateAsync(cancellationToken);

        if (settings.Provider == DatabaseProvider.Sqlite)
        {
            // WAL lets readers go on while the counter flush or an editor writes; the mode is kept in the file.
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
        }
    }

    /// <summary>The site's connections open only an existing file (<see cref="DatabaseSettings"/>): this makes it.</summary>
    private void CreateSqliteFile()
    {
        var builder = new SqliteConnectionStringBuilder(settings.ConnectionString);
        if (builder.Mode != SqliteOpenMode.ReadWrite)
        {
            return;
        }
        var folder = Path.GetDirectoryName(Path.GetFullPath(builder.DataSource));
        if (folder is not null)
        {
            Directory.CreateDirectory(folder);
        }
        builder.Mode = SqliteOpenMode.ReadWriteCreate;
        builder.Pooling = false;
        using var connection = new SqliteConnection(builder.ToString());
        connection.Open();
    }

    /// <summary>
    /// The SQL of every migration, for a DBA to read and run: plain, or idempotent (each step guarded by the
    /// migrations history, so it may run on a database at any earlier version). Applies nothing.
    /// </summary>
    public string Script(bool idempotent) =>
        db.GetService<IMigrator>().GenerateScript(options: idempotent ? MigrationsSqlGenerationOptions.Idempotent : MigrationsSqlGenerationOptions.Default);
}
