using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Time.Testing;
using Portal.Web.Data;
using Portal.Web.Visitors;
using Serilog.Core;

namespace Portal.Tests.Integration;

/// <summary>
/// The real app, in the Production environment, on a real database of its own (seeded from seeds/, as a newcomer's
/// is on first start): a SQLite file, or a PostgreSQL or SQL Server database when the run is for that provider
/// (<see cref="TestDatabase"/>). A clock the test controls.
/// </summary>
public sealed class PortalFactory : WebApplicationFactory<Program>
{
    /// <summary>The tests' "now": the day after the newest sample article.</summary>
    public static readonly DateTimeOffset Now = new(2026, 11, 28, 3, 0, 0, TimeSpan.Zero);

    public const string BrowserUserAgent = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/156.0 Safari/537.36";

    private readonly Lazy<TestDatabase> _database;
    private readonly bool _ownsDatabase;

    /// <summary>
    /// An app on a database of its own, as its first start left it (a copy of the run's template, made when first
    /// needed, so that <see cref="Settings"/> set after construction choose it), or on <paramref name="database"/>:
    /// another app's, to restart on it, or an empty one (<see cref="TestDatabase.Create()"/>) to see a first start.
    /// </summary>
    public PortalFactory(TestDatabase? database = null)
    {
        _ownsDatabase = database is null;
        _database = database is null
            ? new(() => TestDatabase.CopyOfTemplate(Settings.GetValueOrDefault("Portal:Search:Engine")))
            : new(database);
    }

    public TestDatabase Database => _database.Value;

    /// <summary>Configuration for this instance, set before it starts.</summary>
    public Dictionary<string, string> Settings { get; } = [];

    public FakeTimeProvider Clock { get; } = new(Now);

    /// <summary>What the app logged as a problem while running: the events a test of bad input expects none of.</summary>
    public LoggedProblems Problems { get; } = new();

    /// <summary>The hosting environment the app runs in; Production unless a test asks otherwise.</summary>
    public string EnvironmentName { get; init; } = Environments.Production;

    /// <summary>Services a test adds to the app before it starts (after the app's own).</summary>
    public Action<IServiceCollection>? TestServices { get; init; }

    private bool _started;

    protected override IHost CreateHost(IHostBuilder builder)
    {
        var host = base.CreateHost(builder);
        _started = true;
        return host;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(EnvironmentName);
        // Outside Development the test host serves wwwroot only when told where the build put it.
        builder.UseStaticWebAssets();
        foreach (var (key, value) in Database.Settings)
        {
            builder.UseSetting(key, value);
        }
        // The suite signs in a great deal from one address; the limit itself is tested with its own setting.
        builder.UseSetting("Portal:Security:SignInAttemptsPerMinute", Settings.GetValueOrDefault("Portal:Security:SignInAttemptsPerMinute", "100000"));
        builder.UseSetting("Portal:Security:SearchesPerMinute", Settings.GetValueOrDefault("Portal:Security:SearchesPerMinute", "100000"));
        // Citizens' forms are posted a great deal from one address and one e-mail, at once after showing them (the
        // clock stands still): the limits and the minimum time to fill are tested with their own settings.
        builder.UseSetting("Portal:Security:ParticipationPostsPerHour", Settings.GetValueOrDefault("Portal:Security:ParticipationPostsPerHour", "100000"));
        builder.UseSetting("Portal:Participation:MaxPerEmailPerDay", Settings.GetValueOrDefault("Portal:Participation:MaxPerEmailPerDay", "100000"));
        builder.UseSetting("Portal:Participation:MinimumFillSeconds", Settings.GetValueOrDefault("Portal:Participation:MinimumFillSeconds", "0"));
        foreach (var (key, value) in Settings)
        {
            builder.UseSetting(key, value);
        }
        builder.ConfigureServices(services =>
        {
            services.Replace(ServiceDescriptor.Singleton<TimeProvider>(Clock));
            // Serilog's ReadFrom.Services adds every sink registered here to the app's logger.
            services.AddSingleton<ILogEventSink>(Problems);
            TestServices?.Invoke(services);
        });
    }

    /// <summary>A client that looks like a person's browser and keeps cookies, as a browser would.</summary>
    public HttpClient CreateBrowser(bool handleCookies = true)
    {
        var client = CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = handleCookies });
        client.DefaultRequestHeaders.UserAgent.ParseAdd(BrowserUserAgent);
        return client;
    }

    public async Task FlushVisitsAsync() => await Services.GetRequiredService<VisitCounterFlusher>().FlushAsync();

    public async Task<long> StoredVisitTotalAsync()
    {
        await using var scope = Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<VisitStore>().ReadTotalAsync();
    }

    public async Task<T> WithDbAsync<T>(Func<PortalDbContext, Task<T>> query)
    {
        await using var scope = Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<PortalDbContext>());
    }

    /// <summary>
    /// Stops the app as an operator's SIGTERM does: one graceful stop, which runs the counter's last flush.
    /// (The factory's own disposal would stop the host while the app's RunAsync stops and disposes it too.)
    /// </summary>
    protected override void Dispose(bool disposing)
    {
        if (disposing && _started)
        {
            var lifetime = Services.GetRequiredService<IHostApplicationLifetime>();
            using var stopped = new ManualResetEventSlim();
            using var registration = lifetime.ApplicationStopped.Register(stopped.Set);
            lifetime.StopApplication();
            stopped.Wait(TimeSpan.FromSeconds(30));
        }
        try
        {
            base.Dispose(disposing);
        }
        catch (ObjectDisposedException)
        {
            // The app disposed its host when its RunAsync returned.
        }
        if (disposing && _ownsDatabase && _database.IsValueCreated)
        {
            Database.Dispose();
        }
    }
}
