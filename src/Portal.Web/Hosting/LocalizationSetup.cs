using System.Globalization;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Localization;
using Portal.Web.ReadingAids;

namespace Portal.Web.Hosting;

public static class LocalizationSetup
{
    public const string Vietnamese = "vi";
    public const string English = "en";

    /// <summary>The English addresses: a page under <c>/en/</c> is English whatever the reader's cookie says.</summary>
    public const string EnglishPathPrefix = "/en";

    private static readonly CultureInfo[] Cultures = [new(Vietnamese), new(English)];

    /// <summary>Labels from resources; Vietnamese for everyone until a reader picks English in the header.</summary>
    public static IServiceCollection AddPortalLocalization(this IServiceCollection services)
    {
        services.AddLocalization(options => options.ResourcesPath = "Resources");
        services.Configure<RequestLocalizationOptions>(options =>
        {
            options.DefaultRequestCulture = new RequestCulture(Vietnamese);
            options.SupportedCultures = Cultures;
            options.SupportedUICultures = Cultures;
            // The address first (an English page has an English address, linked by hreflang), then the reader's own
            // choice: a browser's Accept-Language does not turn the portal English.
            options.RequestCultureProviders =
            [
                new CustomRequestCultureProvider(context => Task.FromResult(IsEnglishAddress(context) ? new ProviderCultureResult(English) : null)),
                new CookieRequestCultureProvider(),
            ];
        });
        return services;
    }

    // An error page re-executed for an English address (its 404) is English too.
    private static bool IsEnglishAddress(HttpContext context) =>
        new PathString(context.Features.Get<IStatusCodeReExecuteFeature>()?.OriginalPath ?? context.Request.Path)
            .StartsWithSegments(EnglishPathPrefix, StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// <c>/ngon-ngu/{vi|en}?returnUrl=...</c>: remembers the choice in a cookie and goes back to the page (a local
    /// address only). A plain link, so the switch works without JavaScript.
    /// </summary>
    public static IEndpointRouteBuilder MapLanguageSwitch(this IEndpointRouteBuilder app)
    {
        app.MapGet("/ngon-ngu/{culture}", (string culture, string? returnUrl, HttpContext context) =>
        {
            if (culture is not (Vietnamese or English))
            {
                return Results.NotFound();
            }
            context.Response.Cookies.Append(CookieRequestCultureProvider.DefaultCookieName,
                CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(culture)),
                new CookieOptions { MaxAge = TimeSpan.FromDays(365), IsEssential = true, HttpOnly = true, SameSite = SameSiteMode.Lax, Secure = context.Request.IsHttps });
            return Results.Redirect(LocalRedirects.Location(returnUrl, "/"));
        });
        // The reader's other choices, text size and contrast, the same way.
        app.MapReadingAids();
        return app;
    }
}
