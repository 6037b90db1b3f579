using System.Globalization;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using Portal.Web.Auditing;
using Portal.Web.Data;
using Portal.Web.Hosting;
using Portal.Web.Mail;

namespace Portal.Web.Accounts;

/// <summary>How a reset through the e-mailed link ended.</summary>
public enum PasswordResetOutcome
{
    Done,
    Expired,
    Refused,
    Locked,
    PasswordRefused,
}

/// <summary>
/// A forgotten password: a letter with a link through the outbox, then a new password through that link. The request
/// answers nothing about the address: known or not, one lookup and one save (the letter and an audit entry, or the
/// audit entry alone). The reset renews the security stamp, so the link is spent and every other session ends; a
/// locked account stays shut.
/// </summary>
public sealed class PasswordResets(
    UserManager<PortalUser> users, PasswordResetTokens tokens, Outbox outbox, AuditLog audit, PortalDbContext db, IOptions<SiteOptions> site)
{
    public const string Purpose = "password-reset";

    public async Task RequestAsync(string email, CancellationToken cancellationToken = default)
    {
        var address = email.Trim();
        var user = await users.FindByEmailAsync(address);
        if (user?.Email is { } known)
        {
            var token = await users.GeneratePasswordResetTokenAsync(user);
            outbox.Add(known, user.Label, Letter(user, token), Purpose);
            audit.Add(known, AuditActions.PasswordResetRequested, known);
        }
        else
        {
            audit.Add(address, AuditActions.PasswordResetRequested, address, "tài khoản không tồn tại");
        }
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>Whether the link can still be used, to show the form or say at once why not.</summary>
    public async Task<PasswordResetOutcome> CheckAsync(string? userId, string? token)
    {
        var user = await FindAsync(userId);
        return user is null ? PasswordResetOutcome.Refused : await CheckUserAsync(user, token);
    }

    public async Task<(PasswordResetOutcome Outcome, IReadOnlyList<string> Problems)> ResetAsync(string? userId, string? token, string newPassword)
    {
        var user = await FindAsync(userId);
        var check = user is null ? PasswordResetOutcome.Refused : await CheckUserAsync(user, token);
        if (check != PasswordResetOutcome.Done)
        {
            return (check, []);
        }
        await using var transaction = await db.Database.BeginTransactionAsync();
        // Runs the password validators and renews the security stamp: the link is spent, other sessions end.
        var reset = await users.ResetPasswordAsync(user!, token!, newPassword);
        if (!reset.Succeeded)
        {
            db.ChangeTracker.Clear();
            return (PasswordResetOutcome.PasswordRefused, reset.Errors.Select(e => e.Description).Distinct().ToList());
        }
        audit.Add(user!.Email ?? user.Id, AuditActions.PasswordReset, user.Email ?? user.Id, "bằng liên kết gửi qua thư");
        await db.SaveChangesAsync();
        await transaction.CommitAsync();
        return (PasswordResetOutcome.Done, []);
    }

    private async Task<PasswordResetOutcome> CheckUserAsync(PortalUser user, string? token) =>
        await tokens.CheckAsync(UserManager<PortalUser>.ResetPasswordTokenPurpose, token, users, user) switch
        {
            ResetTokenCheck.Expired => PasswordResetOutcome.Expired,
            ResetTokenCheck.Refused => PasswordResetOutcome.Refused,
            _ => await users.IsLockedOutAsync(user) ? PasswordResetOutcome.Locked : PasswordResetOutcome.Done,
        };

    private async Task<PortalUser?> FindAsync(string? userId) =>
        string.IsNullOrWhiteSpace(userId) || userId.Length > 450 ? null : await users.FindByIdAsync(userId);

    private MailLetter Letter(PortalUser user, string token)
    {
        var minutes = PasswordResetTokens.Lifetime.TotalMinutes.ToString(CultureInfo.InvariantCulture);
        return new MailLetter($"Đặt lại mật khẩu - {site.Value.Name}")
            .Paragraph($"Xin chào {user.Label},")
            .Paragraph($"Có người (có thể là bạn) vừa yêu cầu đặt lại mật khẩu cho tài khoản {user.Email} tại trang quản trị của {site.Value.Name}.")
            .Link("Đặt mật khẩu mới", $"/admin/account/reset?id={Uri.EscapeDataString(user.Id)}&token={Uri.EscapeDataString(token)}")
            .Paragraph($"Liên kết chỉ dùng được một lần, trong {minutes} phút. Nếu bạn không yêu cầu, xin bỏ qua thư này: mật khẩu của bạn không đổi.");
    }
}
