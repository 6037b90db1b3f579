using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using Portal.Web.Data;

namespace Portal.Web.Accounts;

/// <summary>
/// Every request that carries the sign-in cookie is checked: past the session's absolute lifetime it is refused,
/// and its security stamp must still be the account's (one read by key; signing out, a new password, a lock or a
/// role taken away change it, so the cookie and every copy of it end at once). Once a minute the base check also
/// rebuilds the roles and renews the cookie. While the database is away the stamp cannot be read: the session goes
/// on as it was and is checked on the next request, so an editor's form still comes back with its text. Nothing is
/// granted by it: without the database no one can read or change anything.
/// </summary>
public sealed class PortalSecurityStampValidator(
    IOptions<SecurityStampValidatorOptions> options,
    IOptions<SessionLifetime> lifetime,
    SignInManager<PortalUser> signInManager,
    ILoggerFactory loggers) : SecurityStampValidator<PortalUser>(options, signInManager, loggers)
{
    public override async Task ValidateAsync(CookieValidatePrincipalContext context)
    {
        if (lifetime.Value.IsOver(context.Properties, TimeProvider.GetUtcNow()))
        {
            await RefuseAsync(context);
            return;
        }
        try
        {
            if (await SignInManager.ValidateSecurityStampAsync(context.Principal) is null)
            {
                await RefuseAsync(context);
                return;
            }
            await base.ValidateAsync(context);
        }
        catch (Exception exception) when (DatabaseUnavailable.Is(exception))
        {
            Logger.LogDebug("Session of {User} not checked: the database is unavailable", context.Principal?.Identity?.Name);
        }
    }

    private static async Task RefuseAsync(CookieValidatePrincipalContext context)
    {
        context.RejectPrincipal();
        await context.HttpContext.SignOutAsync(context.Scheme.Name);
    }
}
