using System.Data.Common;
using System.Runtime.InteropServices;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Portal.Web.Data;

/// <summary>
/// A pooled SQLite connection holds on to the file it opened, even once that file is removed or replaced: it would
/// go on reading, and writing, a file no one sees any more. On every open, SQLite is asked whether its file has
/// moved (<c>SQLITE_FCNTL_HAS_MOVED</c>, one stat of the path); if so the pool is emptied and the connection opened
/// afresh on what the path holds now: nothing there is "unable to open", a 503, until the file is back.
/// </summary>
public sealed class SqliteFileCheck : DbConnectionInterceptor
{
    public static readonly SqliteFileCheck Instance = new();

    private const int HasMovedOperation = 20;

    private static readonly byte[] MainDatabase = "main\0"u8.ToArray();

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        if (HasMoved(connection))
        {
            SqliteConnection.ClearPool((SqliteConnection)connection);
            connection.Close();
            connection.Open();
        }
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        if (HasMoved(connection))
        {
            SqliteConnection.ClearPool((SqliteConnection)connection);
            await connection.CloseAsync();
            await connection.OpenAsync(cancellationToken);
        }
    }

    private static bool HasMoved(DbConnection connection)
    {
        if (connection is not SqliteConnection { Handle: { } handle })
        {
            return false;
        }
        var moved = 0;
        return NativeMethods.sqlite3_file_control(handle.DangerousGetHandle(), MainDatabase, HasMovedOperation, ref moved) == 0 && moved != 0;
    }

    private static class NativeMethods
    {
        // The library Microsoft.Data.Sqlite itself loads (SQLitePCLRaw's bundle), which its wrapper does not expose.
        [DllImport("e_sqlite3", CallingConvention = CallingConvention.Cdecl)]
        public static extern int sqlite3_file_control(IntPtr db, byte[] name, int operation, ref int value);
    }
}
