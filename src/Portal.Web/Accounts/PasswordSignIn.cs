using Microsoft.AspNetCore.Identity;

namespace Portal.Web.Accounts;

/// <summary>
/// Signing in with an address and a password, done so that a refusal tells nothing: no account, a wrong password,
/// a lock after failures or by an administrator all cost one password-hash check. Identity refuses a locked account
/// before it looks at the password, and an unknown address has no hash, so for those the check is made here,
/// against a dummy hash: a lock cannot be told by a quicker answer.
/// </summary>
public sealed class PasswordSignIn(SignInManager<PortalUser> signIn, UserManager<PortalUser> users, IPasswordHasher<PortalUser> hasher)
{
    private static readonly string DummyHash = new PasswordHasher<PortalUser>().HashPassword(new PortalUser(), Guid.NewGuid().ToString());

    /// <summary>The account found (null for an unknown address) and Identity's answer, the lockout counted.</summary>
    public async Task<(PortalUser? User, SignInResult Result)> SignInAsync(string email, string password)
    {
        var user = await users.FindByEmailAsync(email);
        if (user is null)
        {
            SpendAPasswordCheck(password);
            return (null, SignInResult.Failed);
        }
        var refusedUnchecked = await users.IsLockedOutAsync(user) || !await signIn.CanSignInAsync(user);
        var result = await signIn.PasswordSignInAsync(user, password, isPersistent: false, lockoutOnFailure: true);
        if (refusedUnchecked)
        {
            SpendAPasswordCheck(password);
        }
        return (user, result);
    }

    private void SpendAPasswordCheck(string password) => hasher.VerifyHashedPassword(new PortalUser(), DummyHash, password);
}
