using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Portal.Web.Data;
using Portal.Web.Data.CompiledModels.Sqlite;

namespace Portal.Tests.Integration;

/// <summary>
/// SQLite starts on a model compiled ahead (Data/CompiledModels/Sqlite), not on one built from the configuration
/// classes at each start: it must describe what those classes build today, or the portal would read and write with
/// an old mapping. scripts/add-migration.sh regenerates it with each migration; after a change that needs none (a
/// converter, a navigation), run the command below.
/// </summary>
public sealed class TheCompiledSqliteModelMatchesTheConfiguration
{
    private const string Regenerate = "Run: dotnet ef dbcontext optimize --project src/Portal.Web --context SqliteDbContext " +
        "--output-dir Data/CompiledModels/Sqlite --namespace Portal.Web.Data.CompiledModels.Sqlite";

    [Fact]
    public void TheSqliteContextRunsOnTheCompiledModel()
    {
        using var db = TestDatabase.CreateContext(DatabaseProvider.Sqlite, "Data Source=unused.db");

        Assert.IsType<SqliteDbContextModel>(db.Model);
    }

    [Fact]
    public void ItsTablesColumnsKeysAndIndexesAreTheConfigurations()
    {
        using var db = TestDatabase.CreateContext(DatabaseProvider.Sqlite, "Data Source=unused.db");
        var built = db.GetService<IDesignTimeModel>().Model;

        Assert.True(DescribeTables(built).SequenceEqual(DescribeTables(db.Model)), Regenerate);
    }

    [Fact]
    public void ItsPropertiesAndConvertersAreTheConfigurations()
    {
        using var db = TestDatabase.CreateContext(DatabaseProvider.Sqlite, "Data Source=unused.db");
        var built = db.GetService<IDesignTimeModel>().Model;

        Assert.True(Describe(built).SequenceEqual(Describe(db.Model)), Regenerate);
    }

    private static IEnumerable<string> Describe(IModel model) =>
        from entity in model.GetEntityTypes()
        from line in new[] { $"{entity.Name} {entity.GetTableName()}" }
            .Concat(entity.GetProperties().Select(p =>
                $"{entity.Name}.{p.Name} {p.ClrType} {p.IsNullable} {p.GetMaxLength()} {p.GetValueConverter()?.GetType()} {p.ValueGenerated} {p.IsConcurrencyToken}"))
            .Concat(entity.GetNavigations().Select(n => $"{entity.Name}.{n.Name} -> {n.TargetEntityType.Name}"))
        orderby line
        select line;

    // The migrations differ needs design-time annotations a compiled model leaves out: the relational model's own terms.
    private static IEnumerable<string> DescribeTables(IModel model) =>
        from table in model.GetRelationalModel().Tables
        from line in new[] { $"{table.Name} PK {string.Join(",", table.PrimaryKey?.Columns.Select(c => c.Name) ?? [])}" }
            .Concat(table.Columns.Select(c => $"{table.Name}.{c.Name} {c.StoreType} {c.IsNullable}"))
            .Concat(table.Indexes.Select(i => $"{table.Name} index {i.Name} {string.Join(",", i.Columns.Select(c => c.Name))} {i.IsUnique} {i.Filter}"))
            .Concat(table.UniqueConstraints.Select(u => $"{table.Name} unique {u.Name} {string.Join(",", u.Columns.Select(c => c.Name))}"))
            .Concat(table.ForeignKeyConstraints.Select(f =>
                $"{table.Name} FK {f.Name} {string.Join(",", f.Columns.Select(c => c.Name))} -> {f.PrincipalTable.Name} {f.OnDeleteAction}"))
        orderby line
        select line;
}
