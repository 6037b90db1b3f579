using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Portal.Web.Articles;
using Portal.Web.Common;
using Portal.Web.LegalDocuments;

namespace Portal.Web.Areas.Admin.Pages.LegalDocuments;

/// <summary>The newsroom's list of documents: words of the number or abstract, a state, paged.</summary>
public sealed class IndexModel(NewsroomLegalDocuments documents, TimeProvider time) : PageModel
{
    // Filters come from the query string, read leniently: a value that makes no sense is simply not applied.
    [BindProperty(SupportsGet = true, Name = "state")]
    public string? State { get; set; }

    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Text { get; set; }

    [BindProperty(SupportsGet = true, Name = "page")]
    public string? PageNumber { get; set; }

    public Paged<NewsroomDocumentRow> Results { get; private set; } = Paged<NewsroomDocumentRow>.Empty;
    public DateTime Now { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var state = ArticleStates.All.Contains(State) ? State : null;
        var page = int.TryParse(PageNumber, NumberStyles.None, CultureInfo.InvariantCulture, out var p) ? p : 1;
        var text = Text?.Length > 200 ? Text[..200] : Text;
        Now = time.GetUtcNow().UtcDateTime;
        Results = await documents.SearchAsync(new NewsroomDocumentFilter(state, text, page), cancellationToken);
    }

    public Dictionary<string, string?> RouteFor(int page) => new()
    {
        ["state"] = State,
        ["q"] = Text,
        ["page"] = page.ToString(CultureInfo.InvariantCulture),
    };
}
