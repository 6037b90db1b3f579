using Microsoft.EntityFrameworkCore;
using Portal.Web.Data;
using Portal.Web.Publishing;

namespace Portal.Web.Articles;

/// <summary>An article sent back to the editor who last saved it, with the approver's words.</summary>
public sealed record ReturnedArticle(int Id, string Title, DateTime UpdatedAt, string UpdatedBy, string ReviewComment);

/// <summary>
/// What waits for one person of the newsroom: the articles and proposals returned to them. "Them" is the one who
/// last saved the content (the last revision's author; for a proposal, its last saver), normally who submitted it.
/// </summary>
public sealed class WaitingWork(PortalDbContext db, ArticleProposals proposals)
{
    public async Task<(IReadOnlyList<ReturnedArticle> Articles, IReadOnlyList<ProposalRow> Proposals)> ReturnedToAsync(string userName, int count,
        CancellationToken cancellationToken = default)
    {
        var articles = await db.Articles.AsNoTracking()
            .Where(a => a.Status == PublicationStatus.Draft && a.ReviewComment != ""
                && db.ArticleRevisions.Where(r => r.ArticleId == a.Id).OrderByDescending(r => r.Id).Select(r => r.CreatedBy).FirstOrDefault() == userName)
            .OrderBy(a => a.UpdatedAt).ThenBy(a => a.Id).Take(count)
            .Select(a => new ReturnedArticle(a.Id, a.Title, a.UpdatedAt, a.UpdatedBy, a.ReviewComment))
            .ToListAsync(cancellationToken);
        return (articles, await proposals.ReturnedToAsync(userName, count, cancellationToken));
    }
}
