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
        services.AddSecurityHeaderPolicies()
            .SetDefaultPolicy(policy => Common(policy, environment).AddContentSecurityPolicy(PageContentSecurityPolicy))
            // A page whose address holds a secret (a confirmation link's token): no Referer from it, even to the portal.
            .AddPolicy(NoReferrerPolicy, policy => Common(policy, environment).AddReferrerPolicyNoReferrer().AddContentSecurityPolicy(PageContentSecurityPolicy))
            // An uploaded file is shown by the browser's own viewer (a PDF) or downloaded (DOCX, XLSX), never run as a page
            // of the portal's origin: its type is the one its bytes were checked to be, nosniff holds the browser to it,
            // and a PDF with script, actions or embedded files was refused at upload. Not `sandbox` nor `default-src
            // 'none'`: Chrome's PDF viewer refuses to run in a sandboxed document and needs inline styles and an embed.
            .AddPolicy(UploadedFilePolicy, policy => Common(policy, environment).AddContentSecurityPolicy(csp =>
            {
                csp.AddFrameAncestors().Self();
                csp.AddFormAction().None();
            }));
        // The framework's own cookies as the portal's: HttpOnly, same-site only, Secure whenever the request is.
        services.Configure<AntiforgeryOptions>(options => options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest);
        services.Configure<CookieTempDataProviderOptions>(options =>
        {
            options.Cookie.SameSite = SameSiteMode.Lax;
            options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        });
        return services;
    }

    /// <summary>The policy of an endpoint that serves uploaded files (<c>.WithSecurityHeadersPolicy(...)</c>): framed by the portal only, no form sent.</summary>
    public const string UploadedFilePolicy = "uploaded-file";

    private static void PageContentSecurityPolicy(CspBuilder csp)
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
    }

    /// <summary>The policy of a page whose address holds a secret: the default one, with <c>Referrer-Policy: no-referrer</c>.</summary>
    public const string NoReferrerPolicy = "no-referrer";

    /// <summary>What every answer carries besides its Content-Security-Policy.</summary>
    private static HeaderPolicyCollection Common(HeaderPolicyCollection policy, IHostEnvironment environment)
    {
        policy.AddContentTypeOptionsNoSniff()
            .AddFrameOptionsDeny()
            .AddReferrerPolicyStrictOriginWhenCrossOrigin()
            .AddCrossOriginOpenerPolicy(coop => coop.SameOrigin())
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
        return policy;
    }

    /// <summary>First in the pipeline, so error pages, cached pages, static files and feeds get the headers too.</summary>
    public static IApplicationBuilder UsePortalSecurityHeaders(this IApplicationBuilder app) => app.UseSecurityHeaders();
}
