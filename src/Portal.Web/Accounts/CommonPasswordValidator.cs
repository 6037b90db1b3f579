using Microsoft.AspNetCore.Identity;

namespace Portal.Web.Accounts;

/// <summary>Refuses the passwords that every attacker tries first, and passwords made of the e-mail address.</summary>
public sealed class CommonPasswordValidator : IPasswordValidator<PortalUser>
{
    private static readonly HashSet<string> Common = new(StringComparer.OrdinalIgnoreCase)
    {
        "1234567890", "12345678910", "0123456789", "1111111111", "0000000000", "1234512345", "123456789a",
        "qwertyuiop", "1qaz2wsx3edc", "password12", "password123", "password1234", "passw0rd12", "administrator",
        "admin12345", "admin123456", "abc1234567", "abcd123456", "iloveyou12", "matkhau123", "matkhau1234",
        "anhyeuem123", "khongbiet123", "vietnam123", "vietnam1234", "12345678910a", "baria-vungtau", "bariavungtau",
        "qwerty12345", "qwerty123456", "letmein123", "welcome123", "zaq12wsxcde", "asdfghjkl1", "1q2w3e4r5t",
    };

    public Task<IdentityResult> ValidateAsync(UserManager<PortalUser> manager, PortalUser user, string? password)
    {
        if (password is null)
        {
            return Task.FromResult(IdentityResult.Success);
        }
        var localPart = user.Email?.Split('@')[0] ?? "";
        var weak = Common.Contains(password)
            || password.Distinct().Count() <= 2
            || (localPart.Length >= 4 && password.Contains(localPart, StringComparison.OrdinalIgnoreCase));
        return Task.FromResult(weak
            ? IdentityResult.Failed(new IdentityError { Code = "CommonPassword", Description = "Mật khẩu quá dễ đoán, xin chọn mật khẩu khác." })
            : IdentityResult.Success);
    }
}
