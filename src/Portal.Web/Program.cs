using Portal.Web.Feeds;
using Portal.Web.Hosting;
using Portal.Web.Importing;
using Portal.Web.Media;

// `migrate`, `import <files>` and `users add` run on the site's own services and exit; else, serve the site.
if (CommandHelp.IsHelp(args)) return CommandHelp.WriteHelp(Console.Out);
var command = PortalCommand.Find(args);
var builder = WebApplication.CreateBuilder(command is null ? args : []);
// Styles and scripts (and their compressed copies) from the build output in any environment, not only Development:
// `dotnet run` in Production serves them too. A published site has them in wwwroot and no manifest: a no-op there.
builder.WebHost.UseStaticWebAssets();

builder.AddPortalLogging();                 // Serilog: console and a daily file, one line per request
builder.Services.AddPortalData(builder.Configuration, builder.Environment); // SQLite, SQL Server or PostgreSQL, by configuration
builder.Services.AddPortalDomain();         // articles, categories, site links, the legacy importer
builder.Services.AddPortalPhotos(builder.Configuration, builder.Environment); // photos: processed at upload, kept in the database or a folder
builder.Services.AddVisitorCounter(builder.Configuration); // buffered in memory, flushed to the database
builder.Services.AddPortalIdentity();       // newsroom accounts, roles, sign-in cookie, /admin closed by policy
builder.Services.AddPortalRateLimits(builder.Configuration); // sign-in, setup and search, per client address
builder.Services.AddPortalWeb();            // Razor Pages with Vietnamese text left unescaped
builder.Services.AddPortalLocalization();   // labels from resources: Vietnamese, or English by choice
builder.Services.AddPortalCompression();    // Brotli/gzip for citizens' pages
builder.Services.AddPortalPageCache(builder.Configuration); // output cache of citizens' pages, evicted by what a save changes
builder.Services.AddPortalHealthChecks();   // /healthz, /healthz/ready
builder.Services.AddPortalSecurityHeaders(builder.Environment); // CSP, no framing or sniffing, HSTS; same-site cookies
builder.Services.AddPortalForwardedHeaders(builder.Configuration); // the reader's address and scheme from trusted proxies only

var app = builder.Build();
if (command is not null)
{
    return await command.RunAsync(app.Services, Console.Out, Console.In);
}

// A bad public address or an unwritable database stops the start with a message; else schema and seeds are ready.
if (await app.PrepareToServeAsync(Console.Error) is { } exitCode)
{
    return exitCode;
}
app.UsePortalForwardedHeaders();            // behind a trusted proxy: the reader's address and https, for all that follows
app.UsePortalSecurityHeaders();             // first, so every answer has them: errors, cached pages, files, feeds
app.UsePortalErrorPages();                  // Vietnamese 404/400/500 pages, never a stack trace
app.UsePortalRequestLogging();
app.UseDatabaseOutagePage();                // database away: 503 with Retry-After; cached pages go on being served
app.UseVisitorCounter();                    // decides when the response starts: only HTML pages count, cached or not
app.UseRequestLocalization();
app.UsePortalPageCache();                   // routing, then the cache: a cached page leaves here, no compression or authentication to run
app.UsePortalCompression();
app.UsePortalSecurity();                    // body limits, authentication, rate limits, authorization
app.MapStaticAssets();
app.MapRazorPages().WithStaticAssets();
app.MapPortalFeeds();                       // RSS, sitemap.xml, robots.txt
app.MapPortalPhotos();                      // /anh/{hash}.jpg|.webp, immutable, through the page cache
app.MapLanguageSwitch();
app.MapPortalHealthChecks();

return await app.RunOrExplainAsync(Console.Error); // a taken port: one line and exit code 4, not a stack trace

/// <summary>The entry point, visible to the integration tests' WebApplicationFactory.</summary>
public partial class Program;
