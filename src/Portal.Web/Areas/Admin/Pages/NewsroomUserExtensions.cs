using System.Security.Claims;
using Portal.Web.Accounts;
using Portal.Web.Articles;

namespace Portal.Web.Areas.Admin.Pages;

public static class NewsroomUserExtensions
{
    public static bool CanPublish(this ClaimsPrincipal user) => user.IsInRole(Roles.Approver) || user.IsInRole(Roles.Administrator);

    public static NewsroomUser AsNewsroomUser(this ClaimsPrincipal user) => new(user.Identity?.Name ?? "", user.CanPublish());
}
