using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Portal.BrowserTests;

/// <summary>
/// The real app on real Kestrel, bound to 127.0.0.1, on a real SQLite database holding the seeds; and Debian's
/// Chromium driven by Playwright (no browser download). One of each for the whole suite.
/// </summary>
public sealed class PortalServer : WebApplicationFactory<Program>, IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";

    private readonly string _dataPath = Directory.CreateTempSubdirectory("portal-browser-").FullName;
    private IPlaywright? _playwright;

    public string BaseUrl { get; private set; } = "";

    public IBrowser Browser { get; private set; } = null!;

    /// <summary>Screenshots of every run go here (the test output folder).</summary>
    public static string ScreenshotFolder { get; } = Directory.CreateDirectory(Path.Combine(AppContext.BaseDirectory, "screenshots")).FullName;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        builder.UseSetting("Portal:DataPath", _dataPath);
        // Outside Development the test host serves wwwroot only when told where the build put it.
        builder.UseStaticWebAssets();
    }

    public async Task InitializeAsync()
    {
        UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        StartServer();
        BaseUrl = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First().TrimEnd('/');
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
    }

    /// <summary>A fresh page that records console errors and every request that fails or leaves 127.0.0.1.</summary>
    public async Task<WatchedPage> NewPageAsync(int width = 1280, int height = 900)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = width, Height = height }, Locale = "vi-VN" });
        var page = await context.NewPageAsync();
        return new WatchedPage(page, BaseUrl);
    }

    public new async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.CloseAsync();
        }
        _playwright?.Dispose();
        Dispose();
        try
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(_dataPath, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}

/// <summary>A browser page with what went wrong on it: console errors, failed requests, requests off this machine.</summary>
public sealed class WatchedPage
{
    public WatchedPage(IPage page, string baseUrl)
    {
        Page = page;
        BaseUrl = baseUrl;
        page.Console += (_, message) =>
        {
            // The not-found page's own 404 is the point of that page, not a fault on it.
            if (message.Type == "error" && !(message.Location?.StartsWith(baseUrl + "/khong-co", StringComparison.Ordinal) ?? false))
            {
                Problems.Add($"console: {message.Text}");
            }
        };
        page.RequestFailed += (_, request) => Problems.Add($"failed: {request.Url} {request.Failure}");
        page.Request += (_, request) =>
        {
            var host = new Uri(request.Url).Host;
            if (request.Url.StartsWith("http", StringComparison.Ordinal) && host != "127.0.0.1")
            {
                Problems.Add($"left the machine: {request.Url}");
            }
        };
        page.Response += (_, response) =>
        {
            if (response.Status >= 400 && !response.Url.StartsWith(baseUrl + "/khong-co", StringComparison.Ordinal))
            {
                Problems.Add($"HTTP {response.Status}: {response.Url}");
            }
        };
    }

    public IPage Page { get; }
    public string BaseUrl { get; }
    public List<string> Problems { get; } = [];

    public Task<IResponse?> GoAsync(string path) => Page.GotoAsync(BaseUrl + path);
}

[CollectionDefinition(Name)]
public sealed class PortalServerGroup : ICollectionFixture<PortalServer>
{
    public const string Name = "portal";
}
