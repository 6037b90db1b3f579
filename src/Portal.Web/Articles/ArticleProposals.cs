using Portal.Web.Articles.Tags;
using Microsoft.EntityFrameworkCore;
using Portal.Web.Accounts;
using Portal.Web.Auditing;
using Portal.Web.Data;
using Portal.Web.Editing;
using Portal.Web.Mail;
using Portal.Web.Publishing;

namespace Portal.Web.Articles;

/// <summary>A proposal as the dashboard lists it.</summary>
public sealed record ProposalRow(int Id, int ArticleId, string Title, DateTime UpdatedAt, string UpdatedBy, string ReviewComment);

/// <summary>
/// Changes editors propose to published articles: made, saved and submitted by editors while the article stays
/// online unchanged, then published (as the approver's save of the article) or returned with a comment.
/// </summary>
public sealed class ArticleProposals(PortalDbContext db, ArticleService articles, AuditLog audit, EditorNotifications notifications, TimeProvider time)
{
    private static readonly WorkflowResult StaleProposal = WorkflowResult.Stale(
        "Đề xuất vừa được người khác thay đổi sau khi bạn mở trang. Xin xem lại nội dung mới trước khi thao tác.");

    /// <summary>The article's open proposal (draft, submitted or returned), if any.</summary>
    public Task<ArticleProposal?> OpenAsync(int articleId, CancellationToken cancellationToken = default) =>
        db.ArticleProposals.AsNoTracking().FirstOrDefaultAsync(p => p.OpenArticleId == articleId, cancellationToken);

    public Task<ArticleProposal?> FindAsync(int id, CancellationToken cancellationToken = default) =>
        db.ArticleProposals.AsNoTracking().FirstOrDefaultAsync(p => p.Id == id, cancellationToken);

    /// <summary>Opens a proposal on a published article from its content now; the open one when there is one already.</summary>
    public async Task<SaveResult<ArticleProposal>> ProposeAsync(int articleId, NewsroomUser user, CancellationToken cancellationToken = default)
    {
        var article = await db.Articles.AsNoTracking().FirstOrDefaultAsync(a => a.Id == articleId, cancellationToken);
        if (article is null)
        {
            return new SaveResult<ArticleProposal>.NotFound();
        }
        if (article.Status != PublicationStatus.Published)
        {
            return new SaveResult<ArticleProposal>.Invalid(SaveResult<ArticleProposal>.FormField, "Bài chưa đăng: sửa thẳng vào bài, không cần đề xuất.");
        }
        if (await OpenAsync(articleId, cancellationToken) is { } open)
        {
            return new SaveResult<ArticleProposal>.Saved(open);
        }
        var now = time.GetUtcNow().UtcDateTime;
        var content = ArticleContent.Of(article);
        var proposal = new ArticleProposal
        {
            ArticleId = article.Id,
            OpenArticleId = article.Id,
            BaseVersion = article.Version,
            Status = ProposalStatus.Draft,
            Title = content.Title,
            Slug = content.Slug,
            CreatedAt = now,
            CreatedBy = user.Name,
        };
        Apply(proposal, content, content.Slug, user.Name, now);
        db.ArticleProposals.Add(proposal);
        audit.Add(user.Name, AuditActions.ProposalMade, ArticleService.Target(article), subject: ArticleService.Subject(article));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Someone opened one in the same instant: the unique index kept theirs, which this editor now sees.
            db.ChangeTracker.Clear();
            if (await OpenAsync(articleId, cancellationToken) is { } raced)
            {
                return new SaveResult<ArticleProposal>.Saved(raced);
            }
            throw;
        }
        return new SaveResult<ArticleProposal>.Saved(proposal);
    }

    /// <summary>Saves the proposal's content (and submits it); a proposal of another article is not found, a stale version is a conflict.</summary>
    public async Task<SaveResult<ArticleProposal>> SaveAsync(int articleId, int proposalId, ArticleContent content, Guid? baseVersion, bool submit, NewsroomUser user,
        CancellationToken cancellationToken = default)
    {
        var proposal = await db.ArticleProposals.FirstOrDefaultAsync(p => p.Id == proposalId && p.ArticleId == articleId, cancellationToken);
        if (proposal is null)
        {
            return new SaveResult<ArticleProposal>.NotFound();
        }
        if (proposal.Version != baseVersion)
        {
            return new SaveResult<ArticleProposal>.Conflict(proposal, []);
        }
        if (!proposal.IsOpen)
        {
            return new SaveResult<ArticleProposal>.Invalid(SaveResult<ArticleProposal>.FormField, "Đề xuất này đã được đăng hoặc đã rút: không sửa được nữa.");
        }
        var (errors, slug, _) = await articles.CheckAsync(content, articleId, cancellationToken);
        if (content.Tags is not null && TagList.Parse(content.Tags, out var tagError) is null)
        {
            errors[nameof(content.Tags)] = tagError ?? "";
        }
        if (errors.Count > 0)
        {
            return new SaveResult<ArticleProposal>.Invalid(errors);
        }
        var now = time.GetUtcNow().UtcDateTime;
        Apply(proposal, content, slug, user.Name, now);
        var article = await db.Articles.AsNoTracking().FirstAsync(a => a.Id == articleId, cancellationToken);
        if (submit)
        {
            proposal.Status = ProposalStatus.Submitted;
            audit.Add(user.Name, AuditActions.ProposalSubmitted, ArticleService.Target(article), subject: ArticleService.Subject(article));
            await notifications.AddAsync([Roles.Approver], ApprovalRequest.Letter("đề xuất sửa đổi bài viết", proposal.Title, $"/admin/articles/proposal/{proposal.Id}"),
                ApprovalRequest.Purpose, user.Name);
        }
        return await SaveOrConflictAsync(proposal, cancellationToken);
    }

    /// <summary>The editor takes the proposal back; the article is as it was, and a new proposal may be made.</summary>
    public Task<WorkflowResult> WithdrawAsync(int articleId, int proposalId, Guid version, string userName, CancellationToken cancellationToken = default) =>
        DecideAsync(proposalId, version, articleId, p => p.IsOpen, userName, async (proposal, article) =>
        {
            Close(proposal, ProposalStatus.Withdrawn, userName);
            audit.Add(userName, AuditActions.ProposalWithdrawn, ArticleService.Target(article), subject: ArticleService.Subject(article));
            return await SaveAsync(cancellationToken) ? WorkflowResult.Done("Đã rút đề xuất sửa đổi; bài trên cổng giữ nguyên.") : StaleProposal;
        }, cancellationToken);

    public Task<WorkflowResult> ReturnAsync(int proposalId, Guid version, string comment, string userName, CancellationToken cancellationToken = default) =>
        DecideAsync(proposalId, version, null, p => p.Status == ProposalStatus.Submitted, userName, async (proposal, article) =>
        {
            proposal.Status = ProposalStatus.Returned;
            proposal.ReviewComment = comment.Trim();
            proposal.DecidedAt = time.GetUtcNow().UtcDateTime;
            proposal.DecidedBy = userName;
            proposal.Version = Guid.NewGuid();
            audit.Add(userName, AuditActions.ProposalReturned, ArticleService.Target(article), comment.Trim(), ArticleService.Subject(article));
            return await SaveAsync(cancellationToken) ? WorkflowResult.Done("Đã trả lại đề xuất cho biên tập viên.") : StaleProposal;
        }, cancellationToken);

    /// <summary>
    /// The article takes the proposal's content as the approver's save: a revision, search and the cached pages as any
    /// save; still published since its time. Refused when the proposal or the article changed since the page was read.
    /// </summary>
    public Task<WorkflowResult> PublishAsync(int proposalId, Guid version, Guid articleVersion, string userName, CancellationToken cancellationToken = default) =>
        DecideAsync(proposalId, version, null, p => p.Status == ProposalStatus.Submitted, userName, async (proposal, article) =>
        {
            if (article.Status != PublicationStatus.Published)
            {
                return WorkflowResult.Refused("Bài không còn trên cổng: xin đăng lại bài trước, hoặc trả lại đề xuất.");
            }
            if (article.Version != articleVersion)
            {
                return WorkflowResult.Stale("Bài trên cổng vừa được thay đổi sau khi bạn mở trang. Xin xem lại khác biệt mới trước khi đăng.");
            }
            var author = proposal.UpdatedBy;
            Close(proposal, ProposalStatus.Published, userName);
            audit.Add(userName, AuditActions.ProposalPublished, ArticleService.Target(article), $"đề xuất của {author}", ArticleService.Subject(article));
            var saved = await articles.SaveAsync(article.Id, proposal.Content, articleVersion, submit: false, new NewsroomUser(userName, CanPublish: true),
                note: $"Đăng đề xuất sửa đổi của {author}", cancellationToken: cancellationToken);
            if (saved is SaveResult<Article>.Saved)
            {
                return WorkflowResult.Done("Đã đăng thay đổi; bài trên cổng đã được cập nhật.");
            }
            db.ChangeTracker.Clear();
            return saved switch
            {
                SaveResult<Article>.Invalid invalid => WorkflowResult.Refused(string.Join(" ", invalid.Errors.Values)),
                SaveResult<Article>.NotFound => WorkflowResult.Missing,
                _ => StaleProposal,
            };
        }, cancellationToken);

    /// <summary>Proposals waiting for an approver, oldest first.</summary>
    public Task<List<ProposalRow>> SubmittedAsync(int count, CancellationToken cancellationToken = default) =>
        Rows(db.ArticleProposals.Where(p => p.Status == ProposalStatus.Submitted), count).ToListAsync(cancellationToken);

    /// <summary>Proposals returned to the editor who last saved them.</summary>
    public Task<List<ProposalRow>> ReturnedToAsync(string userName, int count, CancellationToken cancellationToken = default) =>
        Rows(db.ArticleProposals.Where(p => p.Status == ProposalStatus.Returned && p.UpdatedBy == userName), count).ToListAsync(cancellationToken);

    private static IQueryable<ProposalRow> Rows(IQueryable<ArticleProposal> proposals, int count) =>
        proposals.AsNoTracking().OrderBy(p => p.UpdatedAt).ThenBy(p => p.Id).Take(count)
            .Select(p => new ProposalRow(p.Id, p.ArticleId, p.Title, p.UpdatedAt, p.UpdatedBy, p.ReviewComment));

    /// <summary>Loads the proposal and its article, checks the version and that the decision applies, then decides.</summary>
    private async Task<WorkflowResult> DecideAsync(int proposalId, Guid version, int? articleId, Func<ArticleProposal, bool> applies, string userName,
        Func<ArticleProposal, Article, Task<WorkflowResult>> decide, CancellationToken cancellationToken)
    {
        var proposal = await db.ArticleProposals.FirstOrDefaultAsync(p => p.Id == proposalId && (articleId == null || p.ArticleId == articleId), cancellationToken);
        var article = proposal is null ? null : await db.Articles.AsNoTracking().FirstOrDefaultAsync(a => a.Id == proposal.ArticleId, cancellationToken);
        if (proposal is null || article is null || userName.Length == 0)
        {
            return WorkflowResult.Missing;
        }
        if (proposal.Version != version)
        {
            return StaleProposal;
        }
        return applies(proposal) ? await decide(proposal, article) : WorkflowResult.Refused("Thao tác này không áp dụng cho đề xuất ở trạng thái hiện tại.");
    }

    private void Close(ArticleProposal proposal, ProposalStatus status, string userName)
    {
        proposal.Status = status;
        proposal.OpenArticleId = null;
        proposal.DecidedAt = time.GetUtcNow().UtcDateTime;
        proposal.DecidedBy = userName;
        proposal.Version = Guid.NewGuid();
    }

    private static void Apply(ArticleProposal proposal, ArticleContent content, string slug, string userName, DateTime now)
    {
        proposal.Title = content.Title.Trim();
        proposal.Slug = slug;
        proposal.CategoryId = content.CategoryId;
        proposal.Summary = content.Summary.Trim();
        proposal.Author = content.Author.Trim();
        proposal.BodyMarkdown = content.BodyMarkdown;
        proposal.CoverPhotoId = content.CoverPhotoId;
        proposal.Tags = content.Tags is null ? proposal.Tags : string.Join(", ", TagList.Parse(content.Tags, out _) ?? []);
        proposal.UpdatedAt = now;
        proposal.UpdatedBy = userName;
        proposal.Version = Guid.NewGuid();
    }

    private async Task<bool> SaveAsync(CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return false;
        }
    }

    private async Task<SaveResult<ArticleProposal>> SaveOrConflictAsync(ArticleProposal proposal, CancellationToken cancellationToken)
    {
        if (await SaveAsync(cancellationToken))
        {
            return new SaveResult<ArticleProposal>.Saved(proposal);
        }
        var current = await FindAsync(proposal.Id, cancellationToken);
        return current is null ? new SaveResult<ArticleProposal>.NotFound() : new SaveResult<ArticleProposal>.Conflict(current, []);
    }
}
