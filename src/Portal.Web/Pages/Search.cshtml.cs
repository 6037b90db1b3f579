using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Portal.Web.Articles;
using Portal.Web.Common;
using Portal.Web.Consultations;
using Portal.Web.Feeds;
using Portal.Web.Hosting;
using Portal.Web.LegalDocuments;
using Portal.Web.Search;

namespace Portal.Web.Pages;

/// <summary>One choice of the kind filter: its value in the address (Vietnamese), the kind it searches (null: every kind), its label.</summary>
public sealed record SearchKindChoice(string Value, string? Kind, string Label);

/// <summary>
/// Search of what citizens may see, articles and legal documents together, the kind a filter (<c>loai</c>): every word
/// must match, diacritics and case aside; "quotes" for a phrase; a document's number and symbol puts it first.
/// </summary>
[EnableRateLimiting(RateLimitSetup.Search)]
public sealed class SearchModel(ISearch search) : PageModel
{
    public const int PageSize = 10;

    public static readonly IReadOnlyList<SearchKindChoice> KindChoices =
    [
        new("", null, "Tất cả"),
        new("tin-bai", ArticleSearchSource.Name, "Tin bài"),
        new("van-ban", LegalDocumentSearchSource.Name, "Văn bản"),
        new("gop-y", ConsultationSearchSource.Name, "Góp ý dự thảo"),
        new("hoi-dap", Questions.QuestionSearchSource.Name, "Hỏi đáp"),
    ];

    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Query { get; set; }

    /// <summary>The kind filter as typed in the address: one of <see cref="KindChoices"/>' values, else the request is refused.</summary>
    [BindProperty(SupportsGet = true, Name = "loai")]
    public string? KindValue { get; set; }

    public SearchKindChoice Kind { get; private set; } = KindChoices[0];

    public Paged<SearchHit>? Results { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var kind = KindChoices.FirstOrDefault(c => c.Value == (KindValue ?? ""));
        if (!ListingPageNumber.TryRead(Request.Query, out var number) || Query?.Length > SearchQuery.MaxLength || kind is null || Request.Query["loai"].Count > 1)
        {
            return BadRequest();
        }
        Kind = kind;
        if (!string.IsNullOrWhiteSpace(Query))
        {
            Results = await search.SearchAsync(SearchQuery.Parse(Query), number, PageSize, kind.Kind, cancellationToken);
        }
        return Page();
    }

    /// <summary>The address of this search with the kind filter <paramref name="choice"/>, from its first page.</summary>
    public string PathWith(SearchKindChoice choice) =>
        choice.Value.Length == 0 ? PublicUrls.SearchPath(Query) : PublicUrls.SearchPath(Query) + (string.IsNullOrWhiteSpace(Query) ? "?" : "&") + "loai=" + choice.Value;
}
