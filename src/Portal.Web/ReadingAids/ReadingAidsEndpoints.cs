using Portal.Web.Feeds;
using Portal.Web.Hosting;

namespace Portal.Web.ReadingAids;

public static class ReadingAidsEndpoints
{
    /// <summary>
    /// <c>/hien-thi?co-chu=lon&amp;tuong-phan=cao&amp;returnUrl=...</c>: the header's text-size and contrast links. Keeps the
    /// choice in its cookie (or drops the cookie when the choice is back to the default) and goes back to the page, a
    /// local address only. Plain links, so the reading aids work without JavaScript.
    /// </summary>
    public static IEndpointRouteBuilder MapReadingAids(this IEndpointRouteBuilder app)
    {
        app.MapGet(PublicUrls.DisplayRoute, (HttpContext context, string? returnUrl) =>
        {
            var query = context.Request.Query;
            var choice = DisplayChoice.Read(context.Request).With(query[DisplayChoice.SizeQuery].FirstOrDefault(), query[DisplayChoice.ContrastQuery].FirstOrDefault());
            var cookie = new CookieOptions { Path = "/", IsEssential = true, HttpOnly = true, SameSite = SameSiteMode.Lax, Secure = context.Request.IsHttps };
            if (choice.IsDefault)
            {
                context.Response.Cookies.Delete(DisplayChoice.CookieName, cookie);
            }
            else
            {
                cookie.MaxAge = TimeSpan.FromDays(365);
                context.Response.Cookies.Append(DisplayChoice.CookieName, choice.CookieValue, cookie);
            }
            context.Response.Headers.CacheControl = "no-store";
            context.Response.Headers["X-Robots-Tag"] = "noindex";
            return Results.Redirect(LocalRedirects.Location(returnUrl, PublicUrls.HomePath));
        });
        return app;
    }

    /// <summary>The address of the link that sets a size or a contrast and comes back to <paramref name="returnPath"/>.</summary>
    public static string LinkTo(string query, string value, string returnPath) =>
        $"{PublicUrls.DisplayRoute}?{query}={value}&returnUrl={Uri.EscapeDataString(returnPath)}";
}
