using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Mvc;

namespace Portal.Web.Hosting;

public static class SecurityHeadersSetup
{
    /// <summary>
    /// The headers every answer carries, pages, errors, static files and feeds alike: a Content-Security-Policy
    /// that runs only the portal's own script file (the JSON-LD block is data, not script) and loads styles from
    /// the portal only; no framing, no sniffing, no browser features; HSTS on HTTPS outside Development.
    /// </summary>
    public static IServiceCollection AddPortalSecurityHeaders(this IServiceCollection services, IHostEnvironment environment)
    {
        services.AddSecurityHeaderPolicies().SetDefaultPolicy(policy =>
        {
            policy.AddContentTypeOptionsNoSniff()
                .AddFrameOptionsDeny()
                .AddReferrerPolicyStrictOriginWhenCrossOrigin()
                .AddCrossOriginOpenerPolicy(coop => coop.SameOrigin())
                .AddContentSecurityPolicy(csp =>
                {
                    csp.AddDefaultSrc().Self();
                    csp.AddScriptSrc().Self();
                    csp.AddStyleSrc().Self();
                    // Article images come from the portal or from https addresses (the sanitiser keeps no other).
                    csp.AddImgSrc().Self().OverHttps();
                    csp.AddObjectSrc().None();
                    csp.AddBaseUri().Self();
                    csp.AddFormAction().Self();
                    csp.AddFrameAncestors().None();
                })
                .AddPermissionsPolicy(permissions =>
                {
                    permissions.AddDefaultSecureDirectives();
                    permissions.AddCamera().None();
                    permissions.AddMicrophone().None();
                    permissions.AddGeolocation().None();
                    permissions.AddPayment().None();
                    permissions.AddUsb().None();
                });
            if (!environment.IsDevelopment())
            {
                // Only ever sent on HTTPS answers; a year, as browsers' preload lists expect.
                policy.AddStrictTransportSecurityMaxAge(maxAgeInSeconds: 60 * 60 * 24 * 365);
            }
        });
        // The framework's own cookies as the portal's: HttpOnly, same-site only, Secure whenever the request is.
        services.Configure<AntiforgeryOptions>(options => options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest);
        services.Configure<CookieTempDataProviderOptions>(options =>
        {
            options.Cookie.SameSite = SameSiteMode.Lax;
            options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        });
        return services;
    }

    /// <summary>First in the pipeline, so error pages, cached pages, static files and feeds get the headers too.</summary>
    public static IApplicationBuilder UsePortalSecurityHeaders(this IApplicationBuilder app) => app.UseSecurityHeaders();
}
