using Microsoft.EntityFrameworkCore;

namespace Portal.Web.Data;

public sealed class SqliteDbContext(DbContextOptions<SqliteDbContext> options) : PortalDbContext(options);

public sealed class SqlServerDbContext(DbContextOptions<SqlServerDbContext> options) : PortalDbContext(options);
