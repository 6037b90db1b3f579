using System.Globalization;
using Microsoft.Net.Http.Headers;
using Portal.Web.Participation;
using Serilog;
using Serilog.Events;

namespace Portal.Web.Hosting;

public static class LoggingSetup
{
    // Serilog's own templates, but for the exception: its escaped text (LogEscaping) in place of Exception.ToString().
    public const string ConsoleTemplate = "[{Timestamp:HH:mm:ss} {Level:u3}] {Message:lj}{NewLine}{" + LogEscaping.ExceptionProperty + ":l}";

    public const string FileTemplate = "{Timestamp:yyyy-MM-dd HH:mm:ss.fff zzz} [{Level:u3}] {SourceContext}: {Message:lj}{NewLine}{" + LogEscaping.ExceptionProperty + ":l}";

    /// <summary>
    /// Serilog from the <c>Serilog</c> section (levels, overrides), to the console and to a file rolled daily
    /// under the data folder (<c>Portal:Logging:FilePath</c> to move it, empty to turn it off).
    /// </summary>
    public static WebApplicationBuilder AddPortalLogging(this WebApplicationBuilder builder)
    {
        var configuration = builder.Configuration;
        var filePath = configuration["Portal:Logging:FilePath"]
            ?? Path.Combine(Path.GetFullPath(configuration["Portal:DataPath"] ?? "App_Data", builder.Environment.ContentRootPath), "logs", "portal-.log");

        // The app's own logger, not the process-wide static one: two apps in one process (the tests) each log to theirs.
        builder.Services.AddSerilog(preserveStaticLogger: true, configureLogger: (services, logger) =>
        {
            logger.ReadFrom.Configuration(configuration)
                .ReadFrom.Services(services)
                .Enrich.FromLogContext()
                .Enrich.With<ConfirmationLinkRedaction>()
                .Enrich.With<LogEscaping>()
                // A taken port is told in one line by StartChecks.RunOrExplainAsync; the host's stack trace of it adds nothing.
                .Filter.ByExcluding(e => StartChecks.IsAddressInUse(e.Exception))
                .WriteTo.Console(formatProvider: CultureInfo.InvariantCulture, outputTemplate: ConsoleTemplate);
            if (!string.IsNullOrWhiteSpace(filePath))
            {
                logger.WriteTo.File(filePath, rollingInterval: RollingInterval.Day, retainedFileCountLimit: 31,
                    formatProvider: CultureInfo.InvariantCulture, outputTemplate: FileTemplate);
            }
        });
        return builder;
    }

    /// <summary>
    /// One line per request: method, path, status, elapsed time. No query string values, no cookies, no confirmation
    /// token (<see cref="ConfirmationLinkRedaction"/>). A page
    /// served from the page cache (it carries an Age header) is logged at Debug: in a burst of tens of thousands
    /// a second, writing each would cost more than serving it. Every page rendered is logged.
    /// </summary>
    public static IApplicationBuilder UsePortalRequestLogging(this IApplicationBuilder app) =>
        app.UseSerilogRequestLogging(options =>
        {
            options.Logger = app.ApplicationServices.GetRequiredService<Serilog.ILogger>();
            options.MessageTemplate = "HTTP {RequestMethod} {RequestPath} responded {StatusCode} in {Elapsed:0.0} ms";
            options.GetLevel = (context, _, exception) =>
                // A reader who closed the connection mid-answer is not a server fault.
                context.RequestAborted.IsCancellationRequested && (exception is null or OperationCanceledException) ? LogEventLevel.Debug
                // A database outage's 503 has its own warning line, with the reason.
                : DatabaseOutageMiddleware.Answered(context) ? LogEventLevel.Debug
                : exception is not null || context.Response.StatusCode >= 500 ? LogEventLevel.Error
                : context.Response.Headers.ContainsKey(HeaderNames.Age) ? LogEventLevel.Debug
                : LogEventLevel.Information;
        });
}
