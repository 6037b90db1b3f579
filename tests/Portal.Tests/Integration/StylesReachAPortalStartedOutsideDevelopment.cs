using System.Net;
using System.Text.RegularExpressions;

namespace Portal.Tests.Integration;

/// <summary>
/// The portal started from its build output in Production (as `dotnet run` with ASPNETCORE_ENVIRONMENT=Production,
/// or a service pointed at the build folder) still serves its styles and scripts, compressed copies included:
/// without the build's asset manifest a browser asking for gzip got an empty 200 and an unstyled page.
/// </summary>
[Trait("Database", "SqliteOnly")]
public sealed partial class StylesReachAPortalStartedOutsideDevelopment : IDisposable
{
    private readonly string _dataPath = TestDatabase.NewDataPath();

    public void Dispose() => Directory.Delete(_dataPath, recursive: true);

    [Fact]
    public async Task EveryStyleAndScriptOfTheHomePageArrivesWholePlainOrCompressed()
    {
        using var portal = PortalProcess.Start(new Dictionary<string, string> { ["Portal:DataPath"] = _dataPath });
        using var plain = new HttpClient();
        await portal.WaitUntilServingAsync(plain, TimeSpan.FromSeconds(90));
        using var compressing = new HttpClient(new HttpClientHandler { AutomaticDecompression = DecompressionMethods.GZip | DecompressionMethods.Brotli });

        var home = await plain.GetStringAsync(portal.BaseUrl + "/");
        var assets = Asset().Matches(home).Select(m => m.Groups[1].Value).Distinct().ToList();

        Assert.Contains(assets, a => a.EndsWith(".css", StringComparison.Ordinal));
        Assert.Contains(assets, a => a.EndsWith(".js", StringComparison.Ordinal));
        foreach (var asset in assets)
        {
            var whole = await plain.GetByteArrayAsync(portal.BaseUrl + asset);
            var response = await compressing.GetAsync(portal.BaseUrl + asset);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal(asset.EndsWith(".css", StringComparison.Ordinal) ? "text/css" : "text/javascript", response.Content.Headers.ContentType?.MediaType);
            Assert.True(whole.Length > 100, $"{asset}: {whole.Length} bytes");
            Assert.Equal(whole, await response.Content.ReadAsByteArrayAsync());
        }
    }

    [GeneratedRegex("(?:href|src)=\"(/(?:css|js)/[^\"]+)\"")]
    private static partial Regex Asset();
}
