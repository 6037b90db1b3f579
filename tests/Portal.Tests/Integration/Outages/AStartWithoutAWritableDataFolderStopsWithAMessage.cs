using System.Text.RegularExpressions;

namespace Portal.Tests.Integration.Outages;

/// <summary>
/// The data folder cannot take the database: read-only, or its disk full. The start stops with exit code 3 and one
/// paragraph naming the file, the folder and what to check; no stack trace. Each case runs the portal in a mount
/// namespace of its own over a small tmpfs (read-only, or 256 KB), so root is refused as anyone would be.
/// </summary>
[Trait("Database", "SqliteOnly")]
public sealed partial class AStartWithoutAWritableDataFolderStopsWithAMessage : IDisposable
{
    private readonly string _dataPath = TestDatabase.NewDataPath();

    public void Dispose() => Directory.Delete(_dataPath, recursive: true);

    [Fact]
    public Task AReadOnlyDataFolder() => AssertTheStartStopsAsync("ro,size=1m", "unable to open database file");

    [Fact]
    public Task AFullDisk() => AssertTheStartStopsAsync("size=256k", "full");

    private async Task AssertTheStartStopsAsync(string mountOptions, string reason)
    {
        using var portal = PortalProcess.Start(
            new Dictionary<string, string> { ["Portal:DataPath"] = _dataPath },
            OnATmpfs(mountOptions, _dataPath));

        var exitCode = await portal.ExitCodeAsync(TimeSpan.FromSeconds(90));

        var output = portal.Output;
        Assert.True(exitCode == 3, $"exit code {exitCode}:\n{output}");
        var message = Assert.Single(output.Split('\n'), line => line.StartsWith("The portal cannot start", StringComparison.Ordinal));
        Assert.Contains($"its database {Path.Combine(_dataPath, "portal.db")} could not be created or written", message);
        Assert.Contains(reason, message);
        Assert.Contains($"Check that the data folder {_dataPath} exists, that the account running the portal may write to it, and that its disk has free space", message);
        Assert.DoesNotMatch(StackTraceLine(), output);
    }

    /// <summary>unshare: a private mount namespace (a user namespace too when not root), the tmpfs mounted on the folder in it.</summary>
    private static string[] OnATmpfs(string options, string folder) =>
    [
        "unshare", .. Environment.IsPrivilegedProcess ? Array.Empty<string>() : ["--user", "--map-root-user"], "--mount", "--propagation", "private",
        "sh", "-c", "mount -t tmpfs -o \"$0\" portal-test \"$1\" && shift && exec \"$@\"", options, folder,
    ];

    [GeneratedRegex(@"(?m)^\s+at \S")]
    private static partial Regex StackTraceLine();
}
