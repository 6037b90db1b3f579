using Microsoft.AspNetCore.Mvc.RazorPages;
using Portal.Web.Articles;
using Portal.Web.Localization;
using Portal.Web.Questions;
using Portal.Web.Visitors;

namespace Portal.Web.Areas.Admin.Pages;

/// <summary>The newsroom at a glance: articles by state, what waits for approval, what is scheduled, visits per day.</summary>
public sealed record ArticleRowList(IReadOnlyList<NewsroomRow> Rows, string Empty);

public sealed class IndexModel(NewsroomArticles articles, VisitStore visits, QuestionDesk questions, WaitingWork work, ArticleProposals proposals, TimeProvider time)
    : PageModel
{
    public const int ChartDays = 30;

    public NewsroomDashboard Dashboard { get; private set; } = null!;
    public VisitChart Visits { get; private set; } = null!;

    /// <summary>Confirmed questions not answered within the configured working days.</summary>
    public int OverdueQuestions { get; private set; }
    public DateTime Now { get; private set; }

    /// <summary>Returned to this user (who last saved them), with the approver's words.</summary>
    public IReadOnlyList<ReturnedArticle> ReturnedArticles { get; private set; } = [];
    public IReadOnlyList<ProposalRow> ReturnedProposals { get; private set; } = [];

    /// <summary>Proposed changes waiting for an approver; empty for those who cannot publish.</summary>
    public IReadOnlyList<ProposalRow> WaitingProposals { get; private set; } = [];
    public ArticleRowList WaitingList => new(Dashboard.Waiting, "Không có bài nào đang chờ duyệt.");
    public ArticleRowList ScheduledList => new(Dashboard.Scheduled, "Không có bài nào được hẹn giờ.");

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Now = time.GetUtcNow().UtcDateTime;
        Dashboard = await articles.DashboardAsync(cancellationToken);
        (ReturnedArticles, ReturnedProposals) = await work.ReturnedToAsync(User.Identity?.Name ?? "", NewsroomArticles.DashboardListSize, cancellationToken);
        WaitingProposals = User.CanPublish() ? await proposals.SubmittedAsync(NewsroomArticles.DashboardListSize, cancellationToken) : [];
        OverdueQuestions = await questions.OverdueCountAsync(cancellationToken);
        var today = VietnamTime.Today(time);
        var from = today.AddDays(1 - ChartDays);
        Visits = VisitChart.For(from, today, await visits.DaysAsync(from, today, cancellationToken));
    }
}
