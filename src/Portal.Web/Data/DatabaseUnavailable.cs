using System.Data.Common;
using System.Net.Sockets;
using Microsoft.Data.SqlClient;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Portal.Web.Data;

/// <summary>
/// Tells an outage (the database gone, locked, full, read-only or unreachable: it may come back by itself) from a
/// fault in the portal (a missing table, a bad query), which stays a 500 with its stack trace in the log.
/// </summary>
public static class DatabaseUnavailable
{
    // SQLite's primary result codes that say "the file cannot be used now", not "the SQL is wrong".
    private const int SqliteBusy = 5, SqliteLocked = 6, SqliteReadOnly = 8, SqliteIoError = 10, SqliteCorrupt = 11,
        SqliteFull = 13, SqliteCannotOpen = 14, SqliteNotADatabase = 26;

    public static bool Is(Exception exception)
    {
        for (var current = exception; current is not null; current = current.InnerException)
        {
            if (current is SqliteException sqlite)
            {
                return (sqlite.SqliteErrorCode & 0xFF) is SqliteBusy or SqliteLocked or SqliteReadOnly or SqliteIoError
                    or SqliteCorrupt or SqliteFull or SqliteCannotOpen or SqliteNotADatabase;
            }
            if (current is DbException { IsTransient: true } or SocketException or TimeoutException
                || (current is DbException { SqlState: { } state } && IsOutageState(state)))
            {
                return true;
            }
        }
        return false;
    }

    // The standard's connection exceptions (08) and operator intervention (57P: shut down, restarting, database
    // dropped), which PostgreSQL sends to sessions it ends; Npgsql calls only some of them transient.
    private static bool IsOutageState(string state) =>
        state.StartsWith("08", StringComparison.Ordinal) || state.StartsWith("57P", StringComparison.Ordinal);

    /// <summary>The innermost message, for one line in the log: "SQLite Error 14: 'unable to open database file'."</summary>
    public static string Reason(Exception exception)
    {
        var innermost = exception;
        while (innermost.InnerException is not null)
        {
            innermost = innermost.InnerException;
        }
        return $"{innermost.GetType().Name}: {innermost.Message.TrimEnd('.')}";
    }

    /// <summary>
    /// Drops pooled connections, so none opened before the outage (to a file since removed, or to a server since
    /// restarted) is handed out again once the database is back.
    /// </summary>
    public static void ClearPools()
    {
        SqliteConnection.ClearAllPools();
        NpgsqlConnection.ClearAllPools();
        SqlConnection.ClearAllPools();
    }
}
