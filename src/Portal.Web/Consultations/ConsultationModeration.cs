using System.Text;
using Microsoft.EntityFrameworkCore;
using Portal.Web.Auditing;
using Portal.Web.Common;
using Portal.Web.Data;
using Portal.Web.Mail;
using Portal.Web.Publishing;

namespace Portal.Web.Consultations;

/// <summary>A confirmed comment as the moderator sees it: the only place in the newsroom its e-mail address shows.</summary>
public sealed record CommentForModeration(
    int Id, int ConsultationId, string ConsultationTitle, string? SectionTitle, string Name, string Email, string Phone,
    string Organisation, string Text, DateTime CreatedAt, DateTime? ConfirmedAt);

/// <summary>
/// The moderators' queue of confirmed comments, oldest first, and their decisions: publish, or reject with a reason.
/// Each decision writes the comment, the message telling its writer, and the audit entry in one transaction.
/// </summary>
public sealed class ConsultationModeration(PortalDbContext db, Outbox outbox, AuditLog audit, TimeProvider time)
{
    public const int PageSize = 50;

    public Task<Paged<CommentForModeration>> QueueAsync(int? consultationId, int page, CancellationToken cancellationToken = default)
    {
        var waiting = db.ConsultationComments.AsNoTracking().Where(c => c.State == CommentState.AwaitingModeration);
        if (consultationId is { } id)
        {
            waiting = waiting.Where(c => c.ConsultationId == id);
        }
        return waiting.OrderBy(c => c.CreatedAt).ThenBy(c => c.Id).PageAsync(page, PageSize, rows => rows.Select(c => new CommentForModeration(
            c.Id, c.ConsultationId, c.Consultation!.Title, c.Section == null ? null : c.Section.Title, c.Name, c.Email, c.Phone,
            c.Organisation, c.Text, c.CreatedAt, c.ConfirmedAt)), cancellationToken);
    }

    public Task<WorkflowResult> PublishAsync(int commentId, string userName, CancellationToken cancellationToken = default) =>
        DecideAsync(commentId, CommentState.Published, "", userName, cancellationToken);

    public Task<WorkflowResult> RejectAsync(int commentId, string? reason, string userName, CancellationToken cancellationToken = default)
    {
        var why = (reason ?? "").Trim().Normalize(NormalizationForm.FormC);
        if (why.Length == 0)
        {
            return Task.FromResult(WorkflowResult.Refused("Xin ghi lý do không đăng góp ý: người góp ý sẽ nhận được lý do này qua thư điện tử."));
        }
        if (why.Length > ConsultationComment.RejectionReasonMaxLength)
        {
            return Task.FromResult(WorkflowResult.Refused($"Lý do dài quá {ConsultationComment.RejectionReasonMaxLength} ký tự."));
        }
        return DecideAsync(commentId, CommentState.Rejected, why, userName, cancellationToken);
    }

    private async Task<WorkflowResult> DecideAsync(int commentId, CommentState decision, string reason, string userName, CancellationToken cancellationToken)
    {
        var comment = await db.ConsultationComments.Include(c => c.Consultation).Include(c => c.Section)
            .FirstOrDefaultAsync(c => c.Id == commentId, cancellationToken);
        if (comment?.Consultation is not { } consultation || comment.State == CommentState.Unconfirmed)
        {
            return WorkflowResult.Missing;
        }
        if (comment.State != CommentState.AwaitingModeration)
        {
            return WorkflowResult.Refused("Góp ý này đã được xử lý trước đó.");
        }
        var now = time.GetUtcNow().UtcDateTime;
        await using var transaction = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(cancellationToken) : null;
        // The first of two moderators deciding at once takes it; the other is told, and nobody gets two messages.
        var claimed = await db.ConsultationComments.Where(c => c.Id == commentId && c.State == CommentState.AwaitingModeration)
            .ExecuteUpdateAsync(set => set.SetProperty(c => c.State, decision), cancellationToken);
        if (claimed == 0)
        {
            return WorkflowResult.Refused("Góp ý này vừa được người khác xử lý.");
        }
        comment.State = decision;
        comment.ModeratedAt = now;
        comment.ModeratedBy = userName;
        comment.RejectionReason = reason;
        if (comment.Email.Length > 0 && comment.ErasedAt is null)
        {
            outbox.Add(comment.Email, comment.Name, ConsultationLetters.Decision(consultation, comment, comment.Section?.Title),
                decision == CommentState.Published ? ConsultationLetters.CommentPublishedPurpose : ConsultationLetters.CommentRejectedPurpose);
        }
        audit.Add(userName, decision == CommentState.Published ? AuditActions.CommentPublished : AuditActions.CommentRejected,
            $"Góp ý #{comment.Id} về {ConsultationService.Target(consultation)}", reason);
        await db.SaveChangesAsync(cancellationToken);
        if (transaction is not null)
        {
            await transaction.CommitAsync(cancellationToken);
        }
        return WorkflowResult.Done(decision == CommentState.Published
            ? $"Đã đăng góp ý #{comment.Id}; người góp ý được báo qua thư điện tử."
            : $"Đã từ chối góp ý #{comment.Id}; người góp ý được báo lý do qua thư điện tử.");
    }
}
