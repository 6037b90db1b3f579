using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.WebUtilities;
using Portal.Web.Accounts;
using Portal.Web.Common;
using Portal.Web.Localization;
using Portal.Web.Mail;

namespace Portal.Web.Areas.Admin.Pages.Mail;

/// <summary>
/// "Thư đi": the outbox, newest first, filtered by state (<c>?state=failed&amp;page=2</c>), with the recipients
/// masked. The newsroom sees what went out and what waits; an administrator can send a message again.
/// </summary>
public sealed class IndexModel(OutboxList outbox) : PageModel
{
    public static readonly IReadOnlyList<(string Key, OutboxState State)> StateFilters =
        [("queued", OutboxState.Queued), ("sent", OutboxState.Sent), ("failed", OutboxState.Failed)];

    public string? StateFilter { get; private set; }
    public bool Configured => outbox.Configured;
    public bool CanResend => User.IsInRole(Roles.Administrator);
    public List<string> Problems { get; } = [];
    public Paged<OutboxRow> Results { get; private set; } = Paged<OutboxRow>.Empty;

    public async Task OnGetAsync([FromQuery(Name = "state")] string? state, [FromQuery(Name = "page")] string? page, CancellationToken cancellationToken)
    {
        StateFilter = string.IsNullOrWhiteSpace(state) ? null : state.Trim();
        OutboxState? only = null;
        if (StateFilter is not null)
        {
            var known = StateFilters.FirstOrDefault(f => f.Key == StateFilter);
            if (known.Key is null)
            {
                Problems.Add($"Không có trạng thái “{StateFilter}”.");
                return;
            }
            only = known.State;
        }
        var pageNumber = 1;
        if (!string.IsNullOrWhiteSpace(page) && (!int.TryParse(page, NumberStyles.None, CultureInfo.InvariantCulture, out pageNumber) || pageNumber < 1))
        {
            pageNumber = 1;
            Problems.Add($"Số trang “{page}” không hợp lệ; đang hiện trang 1.");
        }
        Results = await outbox.ListAsync(only, pageNumber, cancellationToken);
    }

    public async Task<IActionResult> OnPostResendAsync([FromForm(Name = "id")] long id, [FromForm(Name = "state")] string? state, CancellationToken cancellationToken)
    {
        if (!CanResend)
        {
            return Forbid();
        }
        var outcome = await outbox.ResendAsync(id, User.Identity?.Name ?? "", cancellationToken);
        if (outcome == ResendOutcome.NotFound)
        {
            return NotFound();
        }
        TempData["Message"] = outcome switch
        {
            ResendOutcome.Requeued => $"Thư #{id} đã được đưa lại vào hàng đợi (cùng Message-Id).",
            ResendOutcome.Copied => $"Một bản sao của thư #{id} đã được đưa vào hàng đợi với Message-Id mới.",
            _ => $"Thư #{id} đang trong hàng đợi; hệ thống sẽ tự gửi.",
        };
        return Redirect(PageUrl(1, StateFilters.Any(f => f.Key == state) ? state : null));
    }

    public string PageUrl(int pageNumber, string? state)
    {
        var query = new Dictionary<string, string?> { ["state"] = state, ["page"] = pageNumber > 1 ? pageNumber.ToString(CultureInfo.InvariantCulture) : null };
        return QueryHelpers.AddQueryString(Url.Page("Index")!, query.Where(p => p.Value is not null));
    }

    public static string StateName(OutboxState state) => state switch
    {
        OutboxState.Queued => "Đang chờ gửi",
        OutboxState.Sent => "Đã gửi",
        _ => "Không gửi được",
    };

    public static string FormatTime(DateTime utc) => VietnamTime.ToVietnam(utc).ToString("HH:mm dd/MM/yyyy", CultureInfo.InvariantCulture);
}
