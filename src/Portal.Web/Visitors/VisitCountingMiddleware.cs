using System.Globalization;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;
using Portal.Web.Feeds;
using Portal.Web.Hosting;
using Portal.Web.Localization;

namespace Portal.Web.Visitors;

/// <summary>
/// Counts a visit, as the legacy portal did: once per browsing session. The first successful HTML page GET
/// from a client without a live visit cookie counts and sets the cookie; later page views slide its expiry.
/// The decision is taken when the response starts, so redirects, errors and non-HTML answers never count.
/// No personal data is kept: the cookie holds only the time of the last page view. One client address adds at
/// most a few new visits a minute (<see cref="NewVisitLimit"/>); its other pages are served and not counted.
/// </summary>
public sealed class VisitCountingMiddleware(
    RequestDelegate next,
    VisitCounter counter,
    NewVisitLimit limit,
    TimeProvider time,
    IOptions<VisitorOptions> options)
{
    // Refreshing the cookie on every page would send a Set-Cookie each time; once a minute keeps the sliding
    // expiry within a minute of exact.
    private static readonly TimeSpan CookieRefreshAfter = TimeSpan.FromMinutes(1);

    private static readonly string[] UncountedPrefixes = ["/admin", "/healthz", PublicUrls.ErrorsSection];

    public Task InvokeAsync(HttpContext context)
    {
        if (MayBeAVisit(context.Request))
        {
            context.Response.OnStarting(static state =>
            {
                var (middleware, httpContext) = ((VisitCountingMiddleware, HttpContext))state;
                middleware.OnPageStarting(httpContext);
                return Task.CompletedTask;
            }, (this, context));
        }
        return next(context);
    }

    private static bool MayBeAVisit(HttpRequest request) =>
        HttpMethods.IsGet(request.Method)
        && !UncountedPrefixes.Any(prefix => request.Path.StartsWithSegments(prefix, StringComparison.OrdinalIgnoreCase))
        && !CrawlerDetector.IsCrawler(request.Headers.UserAgent);

    private void OnPageStarting(HttpContext context)
    {
        var response = context.Response;
        if (response.StatusCode != StatusCodes.Status200OK
            || response.ContentType?.StartsWith("text/html", StringComparison.OrdinalIgnoreCase) != true)
        {
            return;
        }

        var settings = options.Value;
        var now = time.GetUtcNow();
        var lastSeen = ReadLastSeen(context.Request.Cookies[settings.CookieName]);
        var live = lastSeen is { } seen && seen <= now && now - seen < settings.VisitTimeout;
        if (!live)
        {
            if (!limit.TryCount(ClientNetwork.Of(context)))
            {
                // No cookie either: a reader sharing a busy address is counted by a later page, once there is room.
                return;
            }
            counter.Record(VietnamTime.Today(time));
        }
        else if (now - lastSeen < CookieRefreshAfter)
        {
            return;
        }

        response.Headers.Append(HeaderNames.SetCookie, CookieHeader(now, context.Request.IsHttps, settings));
    }

    // Every new visitor of the same second gets the same cookie, so its header is written once a second.
    private sealed record CookieOfTheSecond(long Second, bool Secure, string Header);

    private CookieOfTheSecond? _cookie;

    private string CookieHeader(DateTimeOffset now, bool secure, VisitorOptions settings)
    {
        var second = now.ToUnixTimeSeconds();
        var cookie = _cookie;
        if (cookie is null || cookie.Second != second || cookie.Secure != secure)
        {
            var header = new SetCookieHeaderValue(settings.CookieName, second.ToString(CultureInfo.InvariantCulture))
            {
                HttpOnly = true,
                SameSite = Microsoft.Net.Http.Headers.SameSiteMode.Lax,
                Secure = secure,
                Path = "/",
                MaxAge = settings.VisitTimeout,
            };
            _cookie = cookie = new CookieOfTheSecond(second, secure, header.ToString());
        }
        return cookie.Header;
    }

    private static DateTimeOffset? ReadLastSeen(string? cookie) =>
        long.TryParse(cookie, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds)
        && seconds is > 0 and < 253402300799
            ? DateTimeOffset.FromUnixTimeSeconds(seconds)
            : null;
}
