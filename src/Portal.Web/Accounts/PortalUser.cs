using Microsoft.AspNetCore.Identity;

namespace Portal.Web.Accounts;

public class PortalUser : IdentityUser
{
    public const int DisplayNameMaxLength = 100;

    /// <summary>The name shown in the newsroom, the history and the audit log.</summary>
    public string DisplayName { get; set; } = "";

    /// <summary>Whether the newsroom's e-mails (something to moderate or approve) are sent to this user; on by default.</summary>
    public bool EmailNotifications { get; set; } = true;

    public string Label => string.IsNullOrWhiteSpace(DisplayName) ? UserName ?? Id : DisplayName;
}
