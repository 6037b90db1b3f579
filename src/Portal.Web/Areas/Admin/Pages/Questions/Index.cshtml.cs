using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Portal.Web.Common;
using Portal.Web.Questions;

namespace Portal.Web.Areas.Admin.Pages.Questions;

/// <summary>The queue of confirmed questions, oldest first, by where they stand; overdue ones flagged.</summary>
public sealed class IndexModel(QuestionDesk desk) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? State { get; set; }

    [BindProperty(SupportsGet = true, Name = "qua-han")]
    public bool OverdueOnly { get; set; }

    [BindProperty(SupportsGet = true, Name = "trang")]
    public int PageNumber { get; set; } = 1;

    public Paged<QuestionQueueRow> Results { get; private set; } = Paged<QuestionQueueRow>.Empty;

    public Dictionary<string, int> Counts { get; private set; } = [];

    public int Overdue { get; private set; }

    public int WorkingDays => desk.AnswerWithinWorkingDays;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        State = QuestionStates.All.Contains(State) ? State : null;
        Results = await desk.QueueAsync(State, OverdueOnly, PageNumber, cancellationToken);
        Counts = await desk.CountsAsync(cancellationToken);
        Overdue = await desk.OverdueCountAsync(cancellationToken);
    }

    public Dictionary<string, string> RouteFor(int page) => new()
    {
        ["state"] = State ?? "",
        ["qua-han"] = OverdueOnly ? "true" : "",
        ["trang"] = page.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };
}
