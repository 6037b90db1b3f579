using Microsoft.EntityFrameworkCore;
using Portal.Web.Search;

namespace Portal.Web.Data;

public sealed class SqliteDbContext(DbContextOptions<SqliteDbContext> options) : PortalDbContext(options);

public sealed class SqlServerDbContext(DbContextOptions<SqlServerDbContext> options) : PortalDbContext(options);

/// <summary>
/// PostgreSQL. Npgsql keeps a <see cref="DateTime"/> as <c>timestamp with time zone</c>, which takes UTC values only:
/// the base context's converter marks every DateTime UTC on the way in and out, so no query handles kinds.
/// </summary>
public sealed class PostgreSqlDbContext(DbContextOptions<PostgreSqlDbContext> options) : PortalDbContext(options)
{
    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        PostgreSqlSearch.AddWords(builder);
    }
}
