using Microsoft.EntityFrameworkCore;
using Portal.Web.Auditing;
using Portal.Web.Data;

namespace Portal.Web.Articles;

/// <summary>One workflow event of an article's history: who did what and when, with the comment or the time it carries.</summary>
public sealed record ArticleEvent(DateTime At, string UserName, string Action, string Details)
{
    public string Name => AuditActions.VietnameseName(Action);
}

/// <summary>
/// The workflow's events of an article (submitted, returned, published, scheduled, unpublished, proposals), read
/// from the audit log by its structured key, so the history shows them between the versions.
/// </summary>
public sealed class ArticleTimeline(PortalDbContext db)
{
    private static readonly string[] Events =
    [
        AuditActions.ArticleSubmitted, AuditActions.ArticleSentBack, AuditActions.ArticlePublished, AuditActions.ArticleScheduled,
        AuditActions.ArticleUnpublished, AuditActions.ProposalMade, AuditActions.ProposalSubmitted, AuditActions.ProposalReturned,
        AuditActions.ProposalPublished, AuditActions.ProposalWithdrawn,
    ];

    /// <summary>Newest first, as the history lists the versions.</summary>
    public Task<List<ArticleEvent>> EventsAsync(int articleId, CancellationToken cancellationToken = default) =>
        db.AuditEntries.AsNoTracking()
            .Where(e => e.SubjectKind == ArticleSearchSource.Name && e.SubjectId == articleId && Events.Contains(e.Action))
            .OrderByDescending(e => e.At).ThenByDescending(e => e.Id)
            .Select(e => new ArticleEvent(e.At, e.UserName, e.Action, e.Details))
            .ToListAsync(cancellationToken);
}
