using Microsoft.AspNetCore.Mvc;
using Portal.Web.SiteLinks;
using Portal.Web.Visitors;

namespace Portal.Web.Pages.Components;

public sealed record SidebarModel(IReadOnlyList<SiteLink> SiteLinks, long VisitorTotal);

/// <summary>"Liên kết site" and "Số người truy cập", as on the legacy page.</summary>
public sealed class SidebarViewComponent(VisitCounter visits) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync() =>
        View(new SidebarModel(await this.LoadOrEmptyAsync(layout => layout.SiteLinks), visits.DisplayedTotal));
}
