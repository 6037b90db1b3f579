using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.SqlServer.TransactSql.ScriptDom;
using Portal.Web.Data;

namespace Portal.Tests.Integration;

/// <summary>
/// SQL Server cannot run on these machines; its side is proved as far as they allow: the script of every
/// migration, plain and idempotent (what <c>migrate --script</c> prints for a DBA), parses as T-SQL for
/// SQL Server 2022 with no error.
/// </summary>
public sealed class SqlServerScriptTests
{
    private static SqlServerDbContext SqlServer() =>
        new(new DbContextOptionsBuilder<SqlServerDbContext>().UseSqlServer("Server=127.0.0.1;Database=Portal;User Id=sa;Password=unused;").Options);

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void TheMigrationScriptParsesAsTransactSql(bool idempotent)
    {
        using var db = SqlServer();
        var script = db.GetService<IMigrator>().GenerateScript(options: idempotent ? MigrationsSqlGenerationOptions.Idempotent : MigrationsSqlGenerationOptions.Default);

        var parser = new TSql160Parser(initialQuotedIdentifiers: true);
        using var reader = new StringReader(script);
        var fragment = parser.Parse(reader, out var errors);

        Assert.True(errors.Count == 0, string.Join("\n", errors.Select(e => $"line {e.Line}: {e.Message}")));
        var found = new StatementsFound();
        fragment.Accept(found);
        Assert.Contains("Articles", found.Tables);
        Assert.Contains("SearchTerms", found.Tables);
        Assert.True(found.Indexes > 5, $"{found.Indexes} indexes");
        foreach (var migration in db.Database.GetMigrations())
        {
            Assert.Contains($"N'{migration}'", script, StringComparison.Ordinal);
        }
        if (idempotent)
        {
            Assert.Contains("IF NOT EXISTS", script, StringComparison.Ordinal);
        }
    }

    /// <summary>The tables and indexes a script creates, wherever they sit (the idempotent script wraps each in an IF).</summary>
    private sealed class StatementsFound : TSqlFragmentVisitor
    {
        public List<string> Tables { get; } = [];

        public int Indexes { get; private set; }

        public override void Visit(CreateTableStatement node) => Tables.Add(node.SchemaObjectName.BaseIdentifier.Value);

        public override void Visit(CreateIndexStatement node) => Indexes++;
    }
}
