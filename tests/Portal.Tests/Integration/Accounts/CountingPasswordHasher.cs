using Microsoft.AspNetCore.Identity;
using Portal.Web.Accounts;

namespace Portal.Tests.Integration;

/// <summary>Identity's own hasher, doing its real work, and counting the password checks it makes.</summary>
public sealed class CountingPasswordHasher : PasswordHasher<PortalUser>
{
    private int _verifications;

    public int Verifications => Volatile.Read(ref _verifications);

    public override PasswordVerificationResult VerifyHashedPassword(PortalUser user, string hashedPassword, string providedPassword)
    {
        Interlocked.Increment(ref _verifications);
        return base.VerifyHashedPassword(user, hashedPassword, providedPassword);
    }
}
