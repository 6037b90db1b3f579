using System.Globalization;
using Microsoft.AspNetCore.Localization;

namespace Portal.Web.Hosting;

public static class LocalizationSetup
{
    public const string Vietnamese = "vi";
    public const string English = "en";

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
            // Only the reader's own choice counts: a browser's Accept-Language does not turn the portal English.
            options.RequestCultureProviders = [new CookieRequestCultureProvider()];
        });
        return services;
    }

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
        return app;
    }
}
