using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Portal.Web.Articles;
using Portal.Web.Categories;
using Portal.Web.Common;

namespace Portal.Web.Areas.Admin.Pages.Articles;

public sealed class IndexModel(NewsroomArticles articles, CategoryService categories, TimeProvider time) : PageModel
{
    // Filters come from the query string, read leniently: a value that makes no sense is simply not applied.
    [BindProperty(SupportsGet = true, Name = "state")]
    public string? State { get; set; }

    [BindProperty(SupportsGet = true, Name = "category")]
    public string? Category { get; set; }

    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Text { get; set; }

    [BindProperty(SupportsGet = true, Name = "page")]
    public string? PageNumber { get; set; }

    public Paged<NewsroomRow> Results { get; private set; } = null!;
    public IReadOnlyList<Category> Categories { get; private set; } = [];
    public DateTime Now { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var state = ArticleStates.All.Contains(State) ? State : null;
        int? categoryId = int.TryParse(Category, NumberStyles.None, CultureInfo.InvariantCulture, out var c) ? c : null;
        var page = int.TryParse(PageNumber, NumberStyles.None, CultureInfo.InvariantCulture, out var p) ? p : 1;
        var text = Text?.Length > 200 ? Text[..200] : Text;
        Now = time.GetUtcNow().UtcDateTime;
        Categories = await categories.AllAsync(cancellationToken);
        Results = await articles.SearchAsync(new NewsroomFilter(state, categoryId, text, page), cancellationToken);
    }

    public Dictionary<string, string?> RouteFor(int page) => new()
    {
        ["state"] = State,
        ["category"] = Category,
        ["q"] = Text,
        ["page"] = page.ToString(CultureInfo.InvariantCulture),
    };
}
