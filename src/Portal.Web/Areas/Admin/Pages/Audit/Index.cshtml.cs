using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.WebUtilities;
using Portal.Web.Auditing;
using Portal.Web.Common;
using Portal.Web.Localization;

namespace Portal.Web.Areas.Admin.Pages.Audit;

/// <summary>
/// The audit log, newest first, filtered by the query string so that a filtered view can be bookmarked:
/// <c>?action=sign-in-failed&amp;user=bob&amp;from=2026-11-01&amp;to=28/11/2026&amp;page=2</c>. A value that cannot be
/// read is named in a message; a bad filter gives no entries rather than the unfiltered log.
/// </summary>
public sealed class IndexModel(AuditLog log) : PageModel
{
    public const int UserFilterMaxLength = 256;

    private static readonly string[] DateFormats = ["yyyy-MM-dd", "dd/MM/yyyy", "d/M/yyyy"];

    public string? ActionFilter { get; private set; }
    public string? UserFilter { get; private set; }
    public DateOnly? From { get; private set; }
    public DateOnly? To { get; private set; }
    public List<string> Problems { get; } = [];
    public Paged<AuditEntry> Results { get; private set; } = Paged<AuditEntry>.Empty;

    public async Task OnGetAsync(
        [FromQuery(Name = "action")] string? action,
        [FromQuery(Name = "user")] string? user,
        [FromQuery(Name = "from")] string? from,
        [FromQuery(Name = "to")] string? to,
        [FromQuery(Name = "page")] string? page,
        CancellationToken cancellationToken)
    {
        ActionFilter = string.IsNullOrWhiteSpace(action) ? null : action.Trim();
        if (ActionFilter is not null && !AuditActions.All.Contains(ActionFilter))
        {
            Problems.Add($"Không có loại thao tác “{ActionFilter}”.");
        }
        UserFilter = string.IsNullOrWhiteSpace(user) ? null : user.Trim();
        if (UserFilter?.Length > UserFilterMaxLength)
        {
            Problems.Add($"Người thực hiện: tối đa {UserFilterMaxLength} ký tự.");
        }
        From = ReadDate(from, "Từ ngày");
        To = ReadDate(to, "Đến ngày");
        if (From > To)
        {
            Problems.Add("“Từ ngày” phải trước hoặc bằng “Đến ngày”.");
        }
        var filtersAreGood = Problems.Count == 0;

        // Past the last page, the search shows the last one.
        var pageNumber = 1;
        if (!string.IsNullOrWhiteSpace(page) && (!int.TryParse(page, NumberStyles.None, CultureInfo.InvariantCulture, out pageNumber) || pageNumber < 1))
        {
            pageNumber = 1;
            Problems.Add($"Số trang “{page}” không hợp lệ; đang hiện trang 1.");
        }
        if (filtersAreGood)
        {
            Results = await log.SearchAsync(new AuditQuery(ActionFilter, UserFilter, From, To, pageNumber), cancellationToken);
        }
    }

    /// <summary>This page of the log under the same filters.</summary>
    public string PageUrl(int pageNumber)
    {
        var query = new Dictionary<string, string?>
        {
            ["action"] = ActionFilter,
            ["user"] = UserFilter,
            ["from"] = From?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["to"] = To?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["page"] = pageNumber.ToString(CultureInfo.InvariantCulture),
        };
        return QueryHelpers.AddQueryString(Url.Page("Index")!, query.Where(p => p.Value is not null));
    }

    public static string FormatTime(DateTime utc) => VietnamTime.ToVietnam(utc).ToString("HH:mm:ss dd/MM/yyyy", CultureInfo.InvariantCulture);

    private DateOnly? ReadDate(string? text, string label)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }
        if (DateOnly.TryParseExact(text.Trim(), DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }
        Problems.Add($"{label}: “{text.Trim()}” không phải một ngày; xin nhập theo dạng ngày/tháng/năm, ví dụ 28/11/2026.");
        return null;
    }
}
