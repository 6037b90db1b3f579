using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Portal.Web.Common;
using Portal.Web.Consultations;

namespace Portal.Web.Areas.Admin.Pages.Consultations;

/// <summary>The newsroom's consultations: state, open or closed by the clock, comments waiting for a moderator.</summary>
public sealed class IndexModel(NewsroomConsultations consultations, TimeProvider time) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "trang")]
    public string? PageNumber { get; set; }

    public Paged<NewsroomConsultationRow> Results { get; private set; } = Paged<NewsroomConsultationRow>.Empty;
    public DateTime Now { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var page = int.TryParse(PageNumber, NumberStyles.None, CultureInfo.InvariantCulture, out var p) ? p : 1;
        Now = time.GetUtcNow().UtcDateTime;
        Results = await consultations.ListAsync(page, cancellationToken);
    }
}
