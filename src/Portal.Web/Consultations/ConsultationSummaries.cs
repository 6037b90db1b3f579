using System.Text;
using Microsoft.EntityFrameworkCore;
using Portal.Web.Articles;
using Portal.Web.Auditing;
using Portal.Web.Data;
using Portal.Web.Editing;
using Portal.Web.LegalDocuments;
using Portal.Web.Localization;
using Portal.Web.Mail;
using Portal.Web.Publishing;

namespace Portal.Web.Consultations;

/// <summary>The agency's summary as the newsroom writes it: its text, the summary files to add and to remove.</summary>
public sealed class ConsultationSummaryInput
{
    public int Id { get; set; }
    public Guid Version { get; set; }
    public string Text { get; set; } = "";
    public List<DocumentFileUpload> NewFiles { get; set; } = [];
    public List<int> RemovedFileIds { get; set; } = [];
}

/// <summary>
/// The summary after closing ("báo cáo tổng hợp, tiếp thu, giải trình"): written at any time, published once the
/// consultation has closed; publishing it tells every person whose comment was confirmed, once per address.
/// </summary>
public sealed class ConsultationSummaries(
    PortalDbContext db, ConsultationService consultations, ConsultationFiles files, Outbox outbox, AuditLog audit, TimeProvider time)
{
    public async Task<SaveResult<Consultation>> SaveAsync(ConsultationSummaryInput input, NewsroomUser user, CancellationToken cancellationToken = default)
    {
        input.Text = (input.Text ?? "").Trim().Normalize(NormalizationForm.FormC).Replace("\r\n", "\n", StringComparison.Ordinal);
        if (await consultations.LoadAsync(input.Id, cancellationToken) is not { } consultation)
        {
            return new SaveResult<Consultation>.NotFound();
        }
        if (consultation.Version != input.Version)
        {
            return new SaveResult<Consultation>.Conflict(consultation, []);
        }
        if (input.Text.Length > Consultation.SummaryMaxLength)
        {
            return new SaveResult<Consultation>.Invalid(nameof(input.Text), $"Báo cáo dài quá {VietnameseText.FormatCount(Consultation.SummaryMaxLength)} ký tự.");
        }
        try
        {
            await using var transaction = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(cancellationToken) : null;
            consultation.SummaryText = input.Text;
            Versions.Stamp(consultation, user.Name, time.GetUtcNow().UtcDateTime);
            if (await files.ApplyAsync(consultation, summary: true, input.RemovedFileIds, input.NewFiles, user.Name, cancellationToken) is { } refusal)
            {
                db.ChangeTracker.Clear();
                return new SaveResult<Consultation>.Invalid(nameof(input.NewFiles), refusal);
            }
            audit.Add(user.Name, AuditActions.ConsultationSummarySaved, ConsultationService.Target(consultation));
            await db.SaveChangesAsync(cancellationToken);
            if (transaction is not null)
            {
                await transaction.CommitAsync(cancellationToken);
            }
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return await consultations.LoadAsync(input.Id, cancellationToken) is { } current
                ? new SaveResult<Consultation>.Conflict(current, [])
                : new SaveResult<Consultation>.NotFound();
        }
        return new SaveResult<Consultation>.Saved(consultation);
    }

    /// <summary>Publishes the summary of a closed, published consultation and writes one message per person who commented.</summary>
    public async Task<WorkflowResult> PublishAsync(int id, Guid version, string userName, CancellationToken cancellationToken = default)
    {
        var consultation = await db.Consultations.Include(c => c.Issuer).FirstOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (consultation is null)
        {
            return WorkflowResult.Missing;
        }
        if (consultation.Version != version)
        {
            return WorkflowResult.Stale("Dự thảo vừa được người khác thay đổi sau khi bạn mở trang. Xin xem lại trước khi công bố.");
        }
        var now = time.GetUtcNow().UtcDateTime;
        if (now < consultation.ClosesAt)
        {
            return WorkflowResult.Refused($"Chỉ công bố báo cáo sau khi hết hạn góp ý ({VietnamTime.FormatStamp(consultation.ClosesAt)}).");
        }
        if (consultation.SummaryPublishedAt is not null)
        {
            return WorkflowResult.Refused($"Báo cáo đã được công bố lúc {VietnamTime.FormatStamp(consultation.SummaryPublishedAt.Value)}.");
        }
        if (consultation.Status != PublicationStatus.Published || consultation.PublishedAt > now)
        {
            return WorkflowResult.Refused("Dự thảo chưa được đăng trên cổng thông tin: đăng dự thảo trước khi công bố báo cáo.");
        }
        if (consultation.SummaryText.Length == 0 && !await db.ConsultationFiles.AnyAsync(f => f.ConsultationId == id && f.IsSummary, cancellationToken))
        {
            return WorkflowResult.Refused("Báo cáo chưa có nội dung: xin viết báo cáo hoặc tải tệp báo cáo lên trước khi công bố.");
        }

        // Everyone whose comment was confirmed, whatever the moderator decided, while their address is kept.
        var commenters = (await db.ConsultationComments.AsNoTracking()
                .Where(c => c.ConsultationId == id && c.State != CommentState.Unconfirmed && c.ConfirmedAt != null && c.ErasedAt == null && c.Email != "")
                .OrderBy(c => c.CreatedAt).ThenBy(c => c.Id).Select(c => new { c.Email, c.Name })
                .ToListAsync(cancellationToken))
            .DistinctBy(c => c.Email, StringComparer.OrdinalIgnoreCase).ToList();
        try
        {
            await using var transaction = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(cancellationToken) : null;
            consultation.SummaryPublishedAt = now;
            Versions.Stamp(consultation, userName, now);
            foreach (var commenter in commenters)
            {
                outbox.Add(commenter.Email, commenter.Name, ConsultationLetters.Summary(consultation, commenter.Name, consultation.Issuer?.Name ?? ""),
                    ConsultationLetters.SummaryPurpose);
            }
            audit.Add(userName, AuditActions.ConsultationSummaryPublished, ConsultationService.Target(consultation),
                $"Đã báo cho {commenters.Count} người góp ý");
            await db.SaveChangesAsync(cancellationToken);
            if (transaction is not null)
            {
                await transaction.CommitAsync(cancellationToken);
            }
        }
        catch (DbUpdateConcurrencyException)
        {
            return WorkflowResult.Stale("Dự thảo vừa được người khác thay đổi. Xin xem lại trước khi công bố.");
        }
        return WorkflowResult.Done($"Đã công bố báo cáo và gửi thư báo cho {commenters.Count} người góp ý.");
    }
}
