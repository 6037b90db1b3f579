using Microsoft.AspNetCore.Identity;
using Portal.Web.Accounts;
using Portal.Web.Auditing;

namespace Portal.Web.Mail;

/// <summary>A newsroom user's choice to get the newsroom's e-mails (<see cref="EditorNotifications"/>) or not; audited.</summary>
public sealed class NotificationPreference(UserManager<PortalUser> users, AuditLog audit)
{
    public async Task<IdentityResult> SetAsync(PortalUser user, bool emailNotifications, string byUserName)
    {
        if (user.EmailNotifications == emailNotifications)
        {
            return IdentityResult.Success;
        }
        user.EmailNotifications = emailNotifications;
        audit.Add(byUserName, AuditActions.NotificationsChanged, user.Email ?? user.Id, emailNotifications ? "bật thư thông báo" : "tắt thư thông báo");
        // The user store's save writes the audit entry with the change.
        return await users.UpdateAsync(user);
    }
}
