using Microsoft.EntityFrameworkCore;
using Portal.Web.Data;

namespace Portal.Web.SiteLinks;

public sealed class SiteLinkService(PortalDbContext db)
{
    public Task<List<SiteLink>> AllAsync(CancellationToken cancellationToken = default) =>
        db.SiteLinks.AsNoTracking().OrderBy(l => l.SortOrder).ThenBy(l => l.Name).ToListAsync(cancellationToken);
}
