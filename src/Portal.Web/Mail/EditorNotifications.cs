using Microsoft.AspNetCore.Identity;
using Portal.Web.Accounts;

namespace Portal.Web.Mail;

/// <summary>
/// Tells the newsroom by e-mail that something waits for it (a comment or a question to moderate, an article to
/// approve): one message to each user of the given roles who has an address and has not turned the messages off
/// (<see cref="PortalUser.EmailNotifications"/>). Written to the outbox like every message, with the caller's save.
/// </summary>
public sealed class EditorNotifications(UserManager<PortalUser> users, Outbox outbox)
{
    public async Task<int> AddAsync(IEnumerable<string> roles, MailLetter letter, string purpose, string? exceptUserName = null)
    {
        var sent = new HashSet<string>(StringComparer.Ordinal);
        foreach (var role in roles)
        {
            foreach (var user in await users.GetUsersInRoleAsync(role))
            {
                if (!user.EmailNotifications || string.IsNullOrWhiteSpace(user.Email) || user.UserName == exceptUserName
                    || !sent.Add(user.Id))
                {
                    continue;
                }
                outbox.Add(user.Email, user.Label, letter, purpose);
            }
        }
        return sent.Count;
    }
}
