using System.Diagnostics;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Portal.Tests.Builders;
using Portal.Web.Data;

namespace Portal.Tests.Integration;

/// <summary>The built app run as an operator runs it: <c>Portal.Web import ...</c>, <c>Portal.Web migrate</c>.</summary>
public sealed class CommandLineTests : IDisposable
{
    private readonly TestDatabase _database = TestDatabase.Create();

    public void Dispose() => _database.Dispose();

    [Fact]
    public async Task ImportOnAnEmptyDatabaseMigratesItFirstAndImports()
    {
        var (exitCode, output) = await RunAsync("import", LegacyExportBuilder.LegacyFilePath);

        Assert.True(exitCode == 0, output);
        Assert.Contains("1 of 1 file(s) imported", output);
        Assert.Equal(1L, await _database.ScalarAsync("SELECT COUNT(*) FROM \"Articles\""));
        Assert.Equal(25_903_248L, await _database.ScalarAsync("SELECT \"Visits\" FROM \"VisitTotals\""));
    }

    [Fact]
    public async Task ImportExitsNonZeroWhenAFileFails()
    {
        var broken = Path.Combine(_database.DataPath, "broken.txt");
        await File.WriteAllTextAsync(broken, "Không phải một bản xuất hợp lệ\n");

        var (exitCode, output) = await RunAsync("import", broken, LegacyExportBuilder.LegacyFilePath);

        Assert.Equal(1, exitCode);
        Assert.Contains("FAILED", output);
        Assert.Contains("1 of 2 file(s) imported", output);
    }

    [Fact]
    public async Task MigrateCreatesTheSchemaAndSeedsNothing()
    {
        var (exitCode, output) = await RunAsync("migrate");

        Assert.True(exitCode == 0, output);
        Assert.Equal(0L, await _database.ScalarAsync("SELECT COUNT(*) FROM \"Articles\""));
        await using var db = _database.CreateContext();
        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        Assert.Equal(db.Database.GetMigrations().Count(), await _database.ScalarAsync("SELECT COUNT(*) FROM \"__EFMigrationsHistory\""));
    }

    [Fact]
    public async Task GenerateSeedsANewDatabaseAddsArticlesFromASeedAndPrintsTheTimeItTook()
    {
        var (exitCode, output) = await RunAsync("generate", "--articles", "120", "--categories", "20", "--seed", "9");

        Assert.True(exitCode == 0, output);
        Assert.Matches(@"Generated 120 articles in \d+[.,]\d s\.", output);
        var seeded = Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "seeds", "articles"), "*.md").Length
            + Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "seeds", "legacy"), "*.txt").Length;
        Assert.Equal(120L + seeded, await _database.ScalarAsync("SELECT COUNT(*) FROM \"Articles\""));
        Assert.Equal(120L + seeded, await _database.ScalarAsync("SELECT COUNT(*) FROM \"SearchDocuments\" WHERE \"Kind\" = 'article'"));
        Assert.Equal(20L, await _database.ScalarAsync("SELECT COUNT(*) FROM \"Categories\""));
        Assert.True(await _database.ScalarAsync("SELECT COUNT(*) FROM \"SiteLinks\"") > 0, "the seeds come first");
    }

    [Fact]
    public async Task GenerateRefusesAnUnknownOption()
    {
        var (exitCode, output) = await RunAsync("generate", "--articles", "10", "--sead", "9");

        Assert.Equal(2, exitCode);
        Assert.Contains("usage: generate", output);
    }

    [Fact]
    public async Task MigrateScriptPrintsTheSqlOfEveryMigrationAndAppliesNothing()
    {
        var (exitCode, output) = await RunAsync("migrate", "--script");

        Assert.True(exitCode == 0, output);
        Assert.Contains("CREATE TABLE \"Articles\"", output);
        if (_database.Provider == DatabaseProvider.Sqlite)
        {
            Assert.Contains("CREATE VIRTUAL TABLE", output); // the hand-written FTS5 index is part of it
        }
        await using var db = _database.CreateContext();
        foreach (var migration in db.Database.GetMigrations())
        {
            Assert.Contains($"VALUES ('{migration}'", output);
        }
        Assert.Empty(await db.Database.GetAppliedMigrationsAsync());
    }

    [Fact]
    public async Task AnIdempotentScriptIsPrintedWhereTheProviderCanMakeOne()
    {
        var (exitCode, output) = await RunAsync("migrate", "--script", "--idempotent");

        Assert.DoesNotContain("   at ", output);
        if (_database.Provider == DatabaseProvider.Sqlite)
        {
            Assert.Equal(1, exitCode);
            Assert.Contains("not currently supported for SQLite", output);
            return;
        }
        Assert.True(exitCode == 0, output);
        await using var db = _database.CreateContext();
        Assert.All(db.Database.GetMigrations(), migration => Assert.Contains($"'{migration}'", output));
        Assert.Empty(await db.Database.GetAppliedMigrationsAsync());
    }

    [Theory]
    [InlineData("migrate", "--scrpit")]
    [InlineData("migrate", "--script", "--force")]
    [InlineData("backup")]
    [InlineData("backup", "--to")]
    [InlineData("backup", "a.db", "b.db")]
    public async Task WrongWordsExitWithTwoAndTheUsage(params string[] arguments)
    {
        var (exitCode, output) = await RunAsync(arguments);

        Assert.Equal(2, exitCode);
        Assert.Contains("usage: ", output);
        Assert.DoesNotContain("   at ", output);
    }

    [Fact]
    [Trait("Database", "SqliteOnly")]
    public async Task BackupTakesAConsistentCopyWhileTheSiteWrites()
    {
        using var factory = new PortalFactory(_database);
        using var reader = factory.CreateBrowser();
        Assert.True((await reader.GetAsync("/")).IsSuccessStatusCode);
        using var stop = new CancellationTokenSource();
        var written = 0;
        var writer = Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                await factory.WithDbAsync(db =>
                {
                    db.SiteLinks.Add(new Portal.Web.SiteLinks.SiteLink { Name = $"Liên kết {written}", Url = "https://example.gov.vn/", SortOrder = 100 + written });
                    return db.SaveChangesAsync();
                });
                written++;
            }
        });

        var copy = Path.Combine(_database.DataPath, "backup", "portal-copy.db");
        Directory.CreateDirectory(Path.GetDirectoryName(copy)!);
        var (exitCode, output) = await RunAsync("backup", copy);
        await stop.CancelAsync();
        await writer;

        Assert.True(exitCode == 0, output);
        Assert.True(written > 0);
        await using var connection = new SqliteConnection($"Data Source={copy};Mode=ReadOnly;Pooling=False");
        await connection.OpenAsync();
        Assert.Equal("ok", await ScalarTextAsync(connection, "PRAGMA integrity_check"));
        Assert.Equal("delete", await ScalarTextAsync(connection, "PRAGMA journal_mode"));
        Assert.Equal(await factory.WithDbAsync(db => db.Articles.CountAsync()), int.Parse(await ScalarTextAsync(connection, "SELECT COUNT(*) FROM \"Articles\""), System.Globalization.CultureInfo.InvariantCulture));
        var links = int.Parse(await ScalarTextAsync(connection, "SELECT COUNT(*) FROM \"SiteLinks\""), System.Globalization.CultureInfo.InvariantCulture);
        Assert.InRange(links, 6, await factory.WithDbAsync(db => db.SiteLinks.CountAsync()));

        var again = await RunAsync("backup", copy);
        Assert.Equal(1, again.ExitCode);
        Assert.Contains("exists already", again.Output);
    }

    [Theory]
    [InlineData("--help")]
    [InlineData("help")]
    [InlineData("-h")]
    public async Task HelpListsEveryCommandOnALineOfItsOwnAndStartsNothing(string word)
    {
        var (exitCode, output) = await RunAsync(word);

        Assert.True(exitCode == 0, output);
        foreach (var command in new[] { "migrate", "import", "import-documents", "users add", "generate", "backup", "help" })
        {
            Assert.Contains(output.Split('\n'), line => line.TrimStart().StartsWith(command + " ", StringComparison.Ordinal) || line.TrimStart().StartsWith(command + ",", StringComparison.Ordinal));
        }
        Assert.DoesNotContain("Now listening", output);
        Assert.DoesNotContain("No newsroom account", output); // no database was touched
    }

    [Fact]
    public async Task ATakenPortIsOneClearLineAndANonZeroExit()
    {
        using var squatter = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        squatter.Start();
        var address = $"http://127.0.0.1:{((System.Net.IPEndPoint)squatter.LocalEndpoint).Port}";

        using var portal = PortalProcess.Start(_database.Settings.Append(new KeyValuePair<string, string>("ASPNETCORE_URLS", address)));
        var exitCode = await portal.ExitCodeAsync(TimeSpan.FromMinutes(3));

        Assert.Equal(Portal.Web.Hosting.StartChecks.AddressInUseExitCode, exitCode);
        var complaint = Assert.Single(portal.Output.Split('\n'), line => line.Contains("cannot start", StringComparison.Ordinal));
        Assert.Contains(address, complaint);
        Assert.DoesNotContain("   at ", portal.Output);
    }

    [Fact]
    [Trait("Database", "SqliteOnly")]
    public async Task BackupWithARelativePathWritesWhereTheOperatorStands()
    {
        Assert.Equal(0, (await RunAsync("migrate")).ExitCode);
        var operatorFolder = Directory.CreateDirectory(Path.Combine(_database.DataPath, "operator")).FullName;

        var (exitCode, output) = await RunInAsync(operatorFolder, "backup", "copy.db");

        Assert.True(exitCode == 0, output);
        Assert.True(File.Exists(Path.Combine(operatorFolder, "copy.db")), output);
    }

    private static async Task<string> ScalarTextAsync(SqliteConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToString(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture)!;
    }

    private Task<(int ExitCode, string Output)> RunAsync(params string[] arguments) => RunInAsync(null, arguments);

    /// <summary>Runs the command from <paramref name="workingDirectory"/>, where the operator stands (null: the tests' own).</summary>
    private async Task<(int ExitCode, string Output)> RunInAsync(string? workingDirectory, params string[] arguments)
    {
        var app = Path.Combine(AppContext.BaseDirectory, "Portal.Web.dll");
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = workingDirectory ?? "" };
        start.ArgumentList.Add(app);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }
        foreach (var (key, value) in _database.Settings)
        {
            start.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        }
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(180));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await stdout + await stderr);
    }
}
