using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.WebUtilities;

namespace Portal.Web.Accounts;

/// <summary>What a password-reset token is worth when it comes back.</summary>
public enum ResetTokenCheck
{
    Valid,
    Expired,
    /// <summary>Tampered with, for another account, or spent: a reset renews the security stamp it carries.</summary>
    Refused,
}

/// <summary>
/// Identity's password-reset tokens, made here rather than by its default provider so that an expired link can be
/// told from a spent or forged one (the person needs a different message). A token is the time it was made, the
/// account's id and its security stamp, sealed by data protection: short-lived (<see cref="Lifetime"/>) and single
/// use, since the reset it allows renews the stamp.
/// </summary>
public sealed class PasswordResetTokens(IDataProtectionProvider protection, TimeProvider time) : IUserTwoFactorTokenProvider<PortalUser>
{
    public const string ProviderName = "PortalPasswordReset";

    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(30);

    private readonly IDataProtector _protector = protection.CreateProtector("Portal.Accounts.PasswordReset");

    public async Task<string> GenerateAsync(string purpose, UserManager<PortalUser> manager, PortalUser user)
    {
        using var buffer = new MemoryStream();
        using (var writer = new BinaryWriter(buffer))
        {
            writer.Write(time.GetUtcNow().UtcTicks);
            writer.Write(user.Id);
            writer.Write(purpose);
            writer.Write(await manager.GetSecurityStampAsync(user));
        }
        return WebEncoders.Base64UrlEncode(_protector.Protect(buffer.ToArray()));
    }

    public async Task<bool> ValidateAsync(string purpose, string token, UserManager<PortalUser> manager, PortalUser user) =>
        await CheckAsync(purpose, token, manager, user) == ResetTokenCheck.Valid;

    public Task<bool> CanGenerateTwoFactorTokenAsync(UserManager<PortalUser> manager, PortalUser user) => Task.FromResult(false);

    /// <summary>Expired is said only of a genuine token for this account; anything else is refused alike.</summary>
    public async Task<ResetTokenCheck> CheckAsync(string purpose, string? token, UserManager<PortalUser> manager, PortalUser user)
    {
        if (!TryRead(token, out var madeAt, out var userId, out var madeFor, out var stamp) || userId != user.Id || madeFor != purpose)
        {
            return ResetTokenCheck.Refused;
        }
        var age = time.GetUtcNow().UtcTicks - madeAt;
        if (age < 0 || age > Lifetime.Ticks)
        {
            return ResetTokenCheck.Expired;
        }
        var current = await manager.GetSecurityStampAsync(user);
        return CryptographicOperations.FixedTimeEquals(System.Text.Encoding.UTF8.GetBytes(stamp), System.Text.Encoding.UTF8.GetBytes(current))
            ? ResetTokenCheck.Valid
            : ResetTokenCheck.Refused;
    }

    private bool TryRead(string? token, out long madeAt, out string userId, out string purpose, out string stamp)
    {
        (madeAt, userId, purpose, stamp) = (0, "", "", "");
        if (string.IsNullOrEmpty(token) || token.Length > 1000)
        {
            return false;
        }
        try
        {
            using var reader = new BinaryReader(new MemoryStream(_protector.Unprotect(WebEncoders.Base64UrlDecode(token))));
            (madeAt, userId, purpose, stamp) = (reader.ReadInt64(), reader.ReadString(), reader.ReadString(), reader.ReadString());
            return true;
        }
        catch (Exception exception) when (exception is FormatException or CryptographicException or IOException)
        {
            return false;
        }
    }
}
