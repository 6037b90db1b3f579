using System.Text.RegularExpressions;
using Portal.Web.Feeds;

namespace Portal.Tests.Integration.PublicAddresses;

/// <summary>
/// A <c>Portal:PublicUrl</c> that is no public address would be written into every page, feed and e-mailed link:
/// the start stops before the database is touched, with exit code 4 and one line saying what to give instead.
/// </summary>
public sealed partial class ABadPublicUrlStopsTheStart : IDisposable
{
    private readonly string _dataPath = TestDatabase.NewDataPath();

    public void Dispose()
    {
        if (Directory.Exists(_dataPath))
        {
            Directory.Delete(_dataPath, recursive: true);
        }
    }

    [Theory]
    [InlineData("portal.example.gov.vn")]
    [InlineData("https://portal.example.gov.vn/?utm_source=x")]
    [InlineData("javascript:alert(1)")]
    public async Task TheStartStopsWithOneLine(string value)
    {
        using var portal = PortalProcess.Start(new Dictionary<string, string> { ["Portal:DataPath"] = _dataPath, [PublicUrls.Setting] = value });

        var exitCode = await portal.ExitCodeAsync(TimeSpan.FromSeconds(60));

        var output = portal.Output;
        Assert.True(exitCode == PublicUrls.InvalidSettingExitCode, $"exit code {exitCode}:\n{output}");
        var message = Assert.Single(output.Split('\n'), line => line.StartsWith("The portal cannot start", StringComparison.Ordinal));
        Assert.Contains($"Portal:PublicUrl is '{value}', which is not a public address", message);
        Assert.DoesNotMatch(StackTraceLine(), output);
        Assert.False(File.Exists(Path.Combine(_dataPath, "portal.db")), "the database was created before the check");
    }

    [GeneratedRegex(@"(?m)^\s+at \S")]
    private static partial Regex StackTraceLine();
}
