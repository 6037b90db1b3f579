using Microsoft.AspNetCore.Authentication;

namespace Portal.Web.Accounts;

/// <summary>
/// How long one sign-in may last however busy it is (<c>Portal:Security:SessionAbsoluteHours</c>, 12 by default),
/// counted from the moment the password was typed. That moment rides in the cookie's properties, which a renewal
/// (the sliding expiry, the minute's stamp check, a password change) carries over unchanged.
/// </summary>
public sealed class SessionLifetime
{
    public const string Section = "Portal:Security";

    private const string SignedInAtKey = ".portal.signedInAt";

    public double SessionAbsoluteHours { get; set; } = 12;

    /// <summary>Notes the sign-in time on a new sign-in; a renewed one keeps its first.</summary>
    public static void MarkSignIn(AuthenticationProperties properties, DateTimeOffset now) =>
        properties.Items.TryAdd(SignedInAtKey, now.UtcTicks.ToString(System.Globalization.CultureInfo.InvariantCulture));

    /// <summary>True when the sign-in is older than the lifetime, or carries no time (a cookie made before it was kept).</summary>
    public bool IsOver(AuthenticationProperties properties, DateTimeOffset now) =>
        !properties.Items.TryGetValue(SignedInAtKey, out var ticks)
        || !long.TryParse(ticks, System.Globalization.CultureInfo.InvariantCulture, out var signedInAt)
        || now.UtcTicks - signedInAt > TimeSpan.FromHours(SessionAbsoluteHours).Ticks
        || now.UtcTicks < signedInAt;
}
