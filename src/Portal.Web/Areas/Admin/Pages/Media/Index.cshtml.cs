using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Portal.Web.Common;
using Portal.Web.Media;
using Portal.Web.Pages;

namespace Portal.Web.Areas.Admin.Pages.Media;

/// <summary>The media library: photos newest first, searched by caption or alternative text, with where each is used.</summary>
public sealed class IndexModel(PhotoLibrary library) : PageModel
{
    public const int PageSize = 20;
    public const int QueryMaxLength = 200;

    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Query { get; set; }

    // Read leniently, as the newsroom's filters are: a page number that makes no sense is page 1.
    [BindProperty(SupportsGet = true, Name = ListingPageNumber.QueryName)]
    public string? PageNumber { get; set; }

    public Paged<PhotoListItem> Results { get; private set; } = null!;

    public IReadOnlyDictionary<int, IReadOnlyList<ArticleUse>> Uses { get; private set; } = new Dictionary<int, IReadOnlyList<ArticleUse>>();

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var page = int.TryParse(PageNumber, NumberStyles.None, CultureInfo.InvariantCulture, out var p) && p >= 1 ? p : 1;
        var query = Query?.Trim() is { Length: > QueryMaxLength } tooLong ? tooLong[..QueryMaxLength] : Query?.Trim();
        Results = await library.SearchAsync(query, page, PageSize);
        var uses = new Dictionary<int, IReadOnlyList<ArticleUse>>();
        foreach (var item in Results.Items.Where(i => i.UseCount > 0))
        {
            uses[item.Photo.Id] = await library.UsesAsync(item.Photo.Id);
        }
        Uses = uses;
        return Page();
    }

    public Dictionary<string, string?> RouteFor(int page) => new()
    {
        ["q"] = string.IsNullOrWhiteSpace(Query) ? null : Query,
        [ListingPageNumber.QueryName] = page == 1 ? null : page.ToString(CultureInfo.InvariantCulture),
    };
}
