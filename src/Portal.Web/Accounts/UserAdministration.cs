using System.Globalization;
using System.Security.Claims;
using System.Text;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Portal.Web.Auditing;
using Portal.Web.Data;
using Portal.Web.Localization;

namespace Portal.Web.Accounts;

/// <summary>An account as the users page shows it. <see cref="LockedUntil"/> is null for a lock without end.</summary>
public sealed record UserSummary(
    string Id,
    string Email,
    string DisplayName,
    IReadOnlyList<string> Roles,
    bool IsLocked,
    DateTime? LockedUntil,
    int FailedSignIns);

/// <summary>
/// The administrator's side of accounts: create, rename, change roles, lock, unlock, reset a password. Each
/// change runs in one transaction with its audit entry. Whatever ends a person's rights (roles, a lock, a new
/// password) also renews their security stamp, so their other sessions end within the validation interval.
/// </summary>
public sealed class UserAdministration(
    UserManager<PortalUser> users, UserAccounts accounts, PortalDbContext db, AuditLog audit, TimeProvider time, DisplayNames displayNames)
{
    private const string LastAdministrator = "Phải còn ít nhất một quản trị viên không bị khóa; thay đổi này không được lưu.";

    public async Task<IReadOnlyList<UserSummary>> ListAsync(CancellationToken cancellationToken = default)
    {
        var people = await db.Users.AsNoTracking().OrderBy(u => u.Email).ToListAsync(cancellationToken);
        var memberships = await db.UserRoles
            .Join(db.Roles, membership => membership.RoleId, role => role.Id, (membership, role) => new { membership.UserId, role.Name })
            .ToListAsync(cancellationToken);
        var rolesByUser = memberships.ToLookup(m => m.UserId, m => m.Name ?? "");
        return people.Select(u => Summarize(u, rolesByUser[u.Id])).ToList();
    }

    public Task<PortalUser?> FindAsync(string id) => users.FindByIdAsync(id);

    public async Task<UserSummary> SummarizeAsync(PortalUser user) => Summarize(user, await users.GetRolesAsync(user));

    public bool IsSelf(ClaimsPrincipal actor, PortalUser user) => users.GetUserId(actor) == user.Id;

    public async Task<IdentityResult> CreateAsync(ClaimsPrincipal actor, string email, string? displayName, string password, IEnumerable<string?> roles)
    {
        var name = Clean(displayName);
        var (wanted, problem) = Known(roles);
        problem ??= CheckDisplayName(name) ?? (wanted.Count == 0 ? "Xin chọn ít nhất một vai trò." : null);
        if (problem is not null)
        {
            return Failed(problem);
        }
        return await InTransactionAsync(async () =>
        {
            var (user, result) = await accounts.CreateAsync(email, name, password, wanted);
            if (user is null)
            {
                return WithoutRepeats(result);
            }
            audit.Add(ActorName(actor), AuditActions.UserCreated, user.Email!, RoleNames(wanted));
            return IdentityResult.Success;
        });
    }

    /// <summary>Renames and sets the roles. No role at all is allowed: the account stays, with no way into the newsroom.</summary>
    public async Task<IdentityResult> ChangeProfileAsync(ClaimsPrincipal actor, PortalUser user, string? displayName, IEnumerable<string?> roles)
    {
        var name = Clean(displayName);
        var (wanted, problem) = Known(roles);
        problem ??= CheckDisplayName(name);
        if (problem is not null)
        {
            return Failed(problem);
        }
        var before = await users.GetRolesAsync(user);
        if (IsSelf(actor, user) && before.Contains(Roles.Administrator) && !wanted.Contains(Roles.Administrator))
        {
            return Failed("Bạn không thể tự bỏ vai trò Quản trị của mình; một quản trị viên khác phải làm việc này.");
        }
        var removed = before.Except(wanted).ToList();
        var added = wanted.Except(before).ToList();

        return await InTransactionAsync(async () =>
        {
            if (user.DisplayName != name)
            {
                user.DisplayName = name;
                var renamed = await users.UpdateAsync(user);
                if (!renamed.Succeeded)
                {
                    return renamed;
                }
                displayNames.Forget();
            }
            if (removed.Count == 0 && added.Count == 0)
            {
                return IdentityResult.Success;
            }
            var changed = await Steps(
                () => removed.Count > 0 ? users.RemoveFromRolesAsync(user, removed) : Task.FromResult(IdentityResult.Success),
                () => added.Count > 0 ? users.AddToRolesAsync(user, added) : Task.FromResult(IdentityResult.Success),
                () => users.UpdateSecurityStampAsync(user));
            if (!changed.Succeeded)
            {
                return changed;
            }
            if (removed.Contains(Roles.Administrator) && !await AnActiveAdministratorRemainsAsync())
            {
                return Failed(LastAdministrator);
            }
            audit.Add(ActorName(actor), AuditActions.RolesChanged, user.Email!, $"{RoleNames(before)} → {RoleNames(wanted)}");
            return IdentityResult.Success;
        });
    }

    /// <summary>Locks the account to the end of <paramref name="lastDay"/> (Vietnam time), or for good when it is null.</summary>
    public async Task<IdentityResult> LockAsync(ClaimsPrincipal actor, PortalUser user, DateOnly? lastDay)
    {
        if (IsSelf(actor, user))
        {
            return Failed("Bạn không thể tự khóa tài khoản của mình.");
        }
        if (lastDay < VietnamTime.Today(time))
        {
            return Failed("Ngày cuối bị khóa không được ở trước hôm nay.");
        }
        // The last day DateOnly can hold has no next midnight: a lock that long is a lock without end.
        var end = lastDay is { } day && day < DateOnly.MaxValue
            ? new DateTimeOffset(VietnamTime.ToUtc(day.AddDays(1).ToDateTime(TimeOnly.MinValue)))
            : DateTimeOffset.MaxValue;
        var details = end == DateTimeOffset.MaxValue
            ? "vô thời hạn"
            : "đến hết ngày " + lastDay!.Value.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);

        return await InTransactionAsync(async () =>
        {
            var locked = await Steps(
                () => user.LockoutEnabled ? Task.FromResult(IdentityResult.Success) : users.SetLockoutEnabledAsync(user, true),
                () => users.SetLockoutEndDateAsync(user, end),
                () => users.UpdateSecurityStampAsync(user));
            if (!locked.Succeeded)
            {
                return locked;
            }
            if (await users.IsInRoleAsync(user, Roles.Administrator) && !await AnActiveAdministratorRemainsAsync())
            {
                return Failed(LastAdministrator);
            }
            audit.Add(ActorName(actor), AuditActions.UserLocked, user.Email!, details);
            return IdentityResult.Success;
        });
    }

    /// <summary>Ends a lock, the administrator's or the one that follows failed sign-ins, and forgets those failures.</summary>
    public Task<IdentityResult> UnlockAsync(ClaimsPrincipal actor, PortalUser user) =>
        InTransactionAsync(async () =>
        {
            var unlocked = await Steps(
                () => user.LockoutEnabled ? users.SetLockoutEndDateAsync(user, null) : Task.FromResult(IdentityResult.Success),
                () => users.ResetAccessFailedCountAsync(user));
            if (unlocked.Succeeded)
            {
                audit.Add(ActorName(actor), AuditActions.UserUnlocked, user.Email!);
            }
            return unlocked;
        });

    public async Task<IdentityResult> ResetPasswordAsync(ClaimsPrincipal actor, PortalUser user, string newPassword)
    {
        // Made before the transaction: the token provider may read the data-protection keys on a connection of its own.
        var token = await users.GeneratePasswordResetTokenAsync(user);
        return await InTransactionAsync(async () =>
        {
            // ResetPasswordAsync runs the password validators and renews the security stamp itself.
            var reset = await users.ResetPasswordAsync(user, token, newPassword);
            if (reset.Succeeded)
            {
                audit.Add(ActorName(actor), AuditActions.PasswordReset, user.Email!);
            }
            return reset;
        });
    }

    private UserSummary Summarize(PortalUser user, IEnumerable<string> roles)
    {
        var locked = user.LockoutEnd is { } end && end > time.GetUtcNow();
        DateTime? until = locked && user.LockoutEnd!.Value.Year < 9999 ? user.LockoutEnd.Value.UtcDateTime : null;
        var held = roles.ToHashSet();
        return new UserSummary(user.Id, user.Email ?? user.UserName ?? "", user.DisplayName,
            Roles.All.Where(held.Contains).ToList(), locked, until, user.AccessFailedCount);
    }

    /// <summary>
    /// Runs a change and its audit entry in one transaction. On SQLite the transaction takes the write lock at
    /// once, so two administrators changing roles at the same time are serialised and the last-administrator
    /// check sees the other's change.
    /// </summary>
    private async Task<IdentityResult> InTransactionAsync(Func<Task<IdentityResult>> change)
    {
        await using var transaction = await db.Database.BeginTransactionAsync();
        var result = await change();
        if (result.Succeeded)
        {
            await db.SaveChangesAsync();
            await transaction.CommitAsync();
        }
        else
        {
            // Rolled back when disposed; forget the in-memory edits too, so a page reloading the account sees the stored one.
            db.ChangeTracker.Clear();
        }
        return result;
    }

    private static async Task<IdentityResult> Steps(params Func<Task<IdentityResult>>[] steps)
    {
        foreach (var step in steps)
        {
            var result = await step();
            if (!result.Succeeded)
            {
                return result;
            }
        }
        return IdentityResult.Success;
    }

    private async Task<bool> AnActiveAdministratorRemainsAsync()
    {
        var now = time.GetUtcNow();
        var administrators = await users.GetUsersInRoleAsync(Roles.Administrator);
        return administrators.Any(a => a.LockoutEnd is not { } end || end <= now);
    }

    /// <summary>The roles asked for, without repeats, in the order of <see cref="Roles.All"/>; a problem when one is unknown.</summary>
    private static (List<string> Roles, string? Problem) Known(IEnumerable<string?> roles)
    {
        var asked = roles.Where(r => !string.IsNullOrWhiteSpace(r)).Select(r => r!.Trim()).ToList();
        var unknown = asked.Where(r => !Roles.All.Contains(r)).Distinct().ToList();
        return unknown.Count > 0
            ? ([], $"Không có vai trò: {string.Join(", ", unknown)}.")
            : (Roles.All.Where(asked.Contains).ToList(), null);
    }

    private static string? CheckDisplayName(string name) =>
        name.Length > PortalUser.DisplayNameMaxLength ? $"Tên hiển thị tối đa {PortalUser.DisplayNameMaxLength} ký tự." : null;

    private static string Clean(string? text) => (text ?? "").Trim().Normalize(NormalizationForm.FormC);

    private static string ActorName(ClaimsPrincipal actor) => actor.Identity?.Name ?? "";

    private static string RoleNames(IEnumerable<string> roles)
    {
        var names = Roles.All.Where(roles.Contains).Select(Roles.VietnameseName).ToList();
        return names.Count == 0 ? "(không vai trò)" : string.Join(", ", names);
    }

    /// <summary>A taken address breaks two of Identity's rules (user name and e-mail are the same); one message is enough.</summary>
    private static IdentityResult WithoutRepeats(IdentityResult result) =>
        result.Errors.Any(e => e.Code == nameof(IdentityErrorDescriber.DuplicateEmail))
            ? IdentityResult.Failed(result.Errors.Where(e => e.Code != nameof(IdentityErrorDescriber.DuplicateUserName)).ToArray())
            : result;

    private static IdentityResult Failed(string description) => IdentityResult.Failed(new IdentityError { Code = "UserAdministration", Description = description });
}
