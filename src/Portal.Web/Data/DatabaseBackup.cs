using Microsoft.Data.Sqlite;

namespace Portal.Web.Data;

/// <summary>
/// An online copy of the SQLite database through SQLite's backup API: consistent even while the site serves
/// and writes, and a database of its own (open it, or put it back in place of portal.db to restore).
/// </summary>
public sealed class DatabaseBackup(DatabaseSettings settings)
{
    public sealed record Outcome(bool Succeeded, string Message);

    public Outcome BackUp(string destination)
    {
        if (settings.Provider != DatabaseProvider.Sqlite)
        {
            return new(false, $"backup copies a SQLite database; back up {settings.Provider} with the server's own tools.");
        }
        var target = Path.GetFullPath(destination);
        var source = Path.GetFullPath(new SqliteConnectionStringBuilder(settings.ConnectionString).DataSource);
        if (!File.Exists(source))
        {
            return new(false, $"There is no database at {source}.");
        }
        if (string.Equals(target, source, StringComparison.Ordinal))
        {
            return new(false, "The copy cannot replace the database itself.");
        }
        if (File.Exists(target))
        {
            return new(false, $"{target} exists already; give a new file name.");
        }
        var folder = Path.GetDirectoryName(target);
        if (folder is null || !Directory.Exists(folder))
        {
            return new(false, $"The folder {folder} does not exist.");
        }

        var partial = target + ".partial";
        try
        {
            using (var from = new SqliteConnection(new SqliteConnectionStringBuilder(settings.ConnectionString) { Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString()))
            using (var to = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = partial, Pooling = false }.ToString()))
            {
                from.Open();
                to.Open();
                from.BackupDatabase(to);
                using var journal = to.CreateCommand();
                // A single file, whatever mode the live database is in.
                journal.CommandText = "PRAGMA journal_mode=DELETE;";
                journal.ExecuteNonQuery();
            }
            File.Move(partial, target);
            return new(true, $"Backed up {source} to {target} ({new FileInfo(target).Length:N0} bytes).");
        }
        catch (Exception exception) when (exception is SqliteException or IOException or UnauthorizedAccessException)
        {
            File.Delete(partial);
            return new(false, $"The backup failed: {exception.Message}");
        }
    }
}
