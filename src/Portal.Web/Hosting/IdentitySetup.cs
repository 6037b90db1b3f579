using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Portal.Web.Accounts;
using Portal.Web.Data;

namespace Portal.Web.Hosting;

public static class IdentitySetup
{
    /// <summary>The newsroom's sign-in cookie; a request that carries it never meets the page cache.</summary>
    public const string SignInCookie = "portal_auth";

    private static readonly string[] AdministratorFolders = ["/Users", "/Categories", "/SiteLinks", "/Directory", "/Audit", "/InfoPages", "/DocumentLists", "/PersonalData"];

    /// <summary>
    /// Accounts and roles on the portal's own database, a sign-in cookie for the newsroom, one policy per
    /// role level, and the newsroom's folders closed by those policies: a new admin page is protected the
    /// moment it is added.
    /// </summary>
    public static IServiceCollection AddPortalIdentity(this IServiceCollection services)
    {
        services.AddDataProtection().SetApplicationName("Portal").PersistKeysToDbContext<PortalDbContext>();

        services.AddAuthentication(IdentityConstants.ApplicationScheme).AddIdentityCookies();
        services.AddIdentityCore<PortalUser>(options =>
            {
                options.User.RequireUniqueEmail = true;
                options.Password.RequiredLength = 10;
                options.Password.RequireDigit = false;
                options.Password.RequireLowercase = false;
                options.Password.RequireUppercase = false;
                options.Password.RequireNonAlphanumeric = false;
                options.Lockout.MaxFailedAccessAttempts = 5;
                options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                options.Lockout.AllowedForNewUsers = true;
                options.Tokens.PasswordResetTokenProvider = PasswordResetTokens.ProviderName;
            })
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<PortalDbContext>()
            .AddSignInManager()
            .AddDefaultTokenProviders()
            .AddTokenProvider<PasswordResetTokens>(PasswordResetTokens.ProviderName)
            .AddErrorDescriber<VietnameseIdentityErrors>()
            .AddPasswordValidator<CommonPasswordValidator>();

        services.Configure<SecurityStampValidatorOptions>(options => options.ValidationInterval = TimeSpan.FromMinutes(1));
        services.Replace(ServiceDescriptor.Scoped<ISecurityStampValidator, PortalSecurityStampValidator>());
        services.AddOptions<SessionLifetime>().BindConfiguration(SessionLifetime.Section)
            .Validate(lifetime => lifetime.SessionAbsoluteHours > 0, "Portal:Security:SessionAbsoluteHours must be more than 0.")
            .ValidateOnStart();
        services.ConfigureApplicationCookie(options =>
        {
            options.Cookie.Name = SignInCookie;
            options.Cookie.HttpOnly = true;
            options.Cookie.SameSite = SameSiteMode.Lax;
            options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            options.LoginPath = "/admin/account/login";
            options.LogoutPath = "/admin/account/logout";
            options.ExpireTimeSpan = TimeSpan.FromHours(8);
            options.SlidingExpiration = true;
            options.Events.OnSigningIn = context =>
            {
                SessionLifetime.MarkSignIn(context.Properties, (context.Options.TimeProvider ?? TimeProvider.System).GetUtcNow());
                return Task.CompletedTask;
            };
            // A signed-in user without the role gets a plain 403 (and the friendly error page), not a redirect.
            options.Events.OnRedirectToAccessDenied = context =>
            {
                context.Response.StatusCode = StatusCodes.Status403Forbidden;
                return Task.CompletedTask;
            };
        });

        services.AddAuthorizationBuilder()
            .AddPolicy(Policies.Editor, policy => policy.RequireRole(Policies.RolesFor(Policies.Editor)))
            .AddPolicy(Policies.Approver, policy => policy.RequireRole(Policies.RolesFor(Policies.Approver)))
            .AddPolicy(Policies.Administrator, policy => policy.RequireRole(Policies.RolesFor(Policies.Administrator)));

        // PostConfigure: AddRazorPages replaces the convention collection when it configures its options.
        services.PostConfigure<RazorPagesOptions>(options =>
        {
            var conventions = options.Conventions;
            conventions.AuthorizeAreaFolder("Admin", "/", Policies.Editor);
            conventions.AuthorizeAreaPage("Admin", "/Articles/Review", Policies.Approver);
            conventions.AuthorizeAreaPage("Admin", "/Articles/Proposal", Policies.Approver);
            conventions.AuthorizeAreaPage("Admin", "/Articles/Delete", Policies.Approver);
            conventions.AuthorizeAreaFolder("Admin", "/Featured", Policies.Approver);
            conventions.AuthorizeAreaPage("Admin", "/LegalDocuments/Review", Policies.Approver);
            conventions.AuthorizeAreaPage("Admin", "/LegalDocuments/Delete", Policies.Approver);
            foreach (var page in (string[])["Review", "Delete", "Comments", "Summary", "Export"])
            {
                conventions.AuthorizeAreaPage("Admin", "/Consultations/" + page, Policies.Approver);
            }
            conventions.AuthorizeAreaPage("Admin", "/Questions/Review", Policies.Approver);
            foreach (var folder in AdministratorFolders)
            {
                conventions.AuthorizeAreaFolder("Admin", folder, Policies.Administrator);
            }
            conventions.AllowAnonymousToAreaPage("Admin", "/Account/Login");
            conventions.AllowAnonymousToAreaPage("Admin", "/Account/Setup");
            conventions.AllowAnonymousToAreaPage("Admin", "/Account/Forgot");
            conventions.AllowAnonymousToAreaPage("Admin", "/Account/Reset");
        });

        services.AddScoped<PasswordSignIn>();
        services.AddScoped<UserAccounts>();
        services.AddScoped<UserAdministration>();
        services.AddScoped<PasswordResets>();
        services.AddSingleton<SetupToken>();
        services.AddSingleton<DisplayNames>();
        return services;
    }

    public static IApplicationBuilder UsePortalSecurity(this IApplicationBuilder app)
    {
        app.UseRequestBodyLimits();
        app.UseAuthentication();
        app.UseRateLimiter();
        app.UseAuthorization();
        return app;
    }
}
