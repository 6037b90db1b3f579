using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using Portal.Web.Data;

namespace Portal.Web.Accounts;

/// <summary>
/// A signed-in session is checked against its account every minute (a new password or a role taken away ends it).
/// While the database is away that check cannot be made: the session goes on as it was and is checked again on
/// the next request, so an editor's form still comes back with its text instead of an error page. Nothing is
/// granted by it: without the database no one can read or change anything.
/// </summary>
public sealed class PortalSecurityStampValidator(
    IOptions<SecurityStampValidatorOptions> options,
    SignInManager<PortalUser> signInManager,
    ILoggerFactory loggers) : SecurityStampValidator<PortalUser>(options, signInManager, loggers)
{
    public override async Task ValidateAsync(CookieValidatePrincipalContext context)
    {
        try
        {
            await base.ValidateAsync(context);
        }
        catch (Exception exception) when (DatabaseUnavailable.Is(exception))
        {
            Logger.LogDebug("Session of {User} not checked: the database is unavailable", context.Principal?.Identity?.Name);
        }
    }
}
