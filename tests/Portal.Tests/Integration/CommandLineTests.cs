using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Portal.Tests.Builders;

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

    private async Task<(int ExitCode, string Output)> RunAsync(params string[] arguments)
    {
        var app = Path.Combine(AppContext.BaseDirectory, "Portal.Web.dll");
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
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
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await stdout + await stderr);
    }
}
