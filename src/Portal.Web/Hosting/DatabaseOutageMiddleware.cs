using System.Globalization;
using Portal.Web.Data;

namespace Portal.Web.Hosting;

/// <summary>
/// While the database is away, a page that needs it answers 503 with <c>Retry-After</c> (the error pages then show
/// the Vietnamese "temporarily interrupted" page, which reads nothing from the database). Pages in the page cache
/// never reach here and go on being served. One warning line per request, no stack trace: an outage is not a bug.
/// </summary>
public sealed class DatabaseOutageMiddleware(RequestDelegate next, ILogger<DatabaseOutageMiddleware> logger)
{
    public const int RetryAfterSeconds = 30;

    private const string AnsweredKey = "Portal.DatabaseOutage";

    public async Task InvokeAsync(HttpContext context)
    {
        try
        {
            await next(context);
        }
        catch (Exception exception) when (DatabaseUnavailable.Is(exception) && !context.Response.HasStarted)
        {
            context.Response.Clear();
            Answer(context, exception, logger);
        }
    }

    /// <summary>Marks the response as the outage's 503: never stored by any cache, and logged here only.</summary>
    public static void Answer(HttpContext context, Exception exception, ILogger logger)
    {
        DatabaseUnavailable.ClearPools();
        logger.LogWarning("Database unavailable; answered 503 to {RequestMethod} {RequestPath}. {Reason}",
            context.Request.Method, context.Request.Path.Value, DatabaseUnavailable.Reason(exception));
        context.Items[AnsweredKey] = true;
        var response = context.Response;
        response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        response.Headers.RetryAfter = RetryAfterSeconds.ToString(CultureInfo.InvariantCulture);
        response.Headers.CacheControl = "no-store";
    }

    /// <summary>The request log leaves these to the warning above.</summary>
    public static bool Answered(HttpContext context) => context.Items.ContainsKey(AnsweredKey);
}
