using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Portal.Web.Accounts;
using Portal.Web.Articles;
using Portal.Web.Consultations;
using Portal.Web.LegalDocuments;
using Portal.Web.Mail;
using Portal.Web.Participation;
using Portal.Web.Questions;

namespace Portal.Web.Data.Configurations;

internal sealed class OutboxMessageConfiguration : IEntityTypeConfiguration<OutboxMessage>
{
    public void Configure(EntityTypeBuilder<OutboxMessage> message)
    {
        message.Property(m => m.MessageId).HasMaxLength(OutboxMessage.MessageIdMaxLength);
        message.Property(m => m.ToAddress).HasMaxLength(OutboxMessage.AddressMaxLength);
        message.Property(m => m.ToName).HasMaxLength(OutboxMessage.NameMaxLength);
        message.Property(m => m.Subject).HasMaxLength(OutboxMessage.SubjectMaxLength);
        message.Property(m => m.Purpose).HasMaxLength(OutboxMessage.PurposeMaxLength);
        message.Property(m => m.LastError).HasMaxLength(OutboxMessage.ErrorMaxLength);
        message.HasIndex(m => m.MessageId).IsUnique();
        // The sender's read: the queued messages whose time has come, oldest first.
        message.HasIndex(m => new { m.State, m.NextAttemptAt });
        message.HasIndex(m => m.CreatedAt);
        message.HasIndex(m => m.ToAddress);
    }
}

internal sealed class ConsultationConfiguration : IEntityTypeConfiguration<Consultation>
{
    public void Configure(EntityTypeBuilder<Consultation> consultation)
    {
        consultation.Property(c => c.Title).HasMaxLength(Consultation.TitleMaxLength);
        consultation.Property(c => c.Slug).HasMaxLength(SlugGenerator.MaxLength);
        consultation.Property(c => c.Explanation).HasMaxLength(Consultation.ExplanationMaxLength);
        consultation.Property(c => c.SummaryText).HasMaxLength(Consultation.SummaryMaxLength);
        consultation.Property(c => c.UpdatedBy).HasMaxLength(PortalUser.DisplayNameMaxLength);
        consultation.Property(c => c.ReviewComment).HasMaxLength(Consultation.ReviewCommentMaxLength);
        consultation.Property(c => c.Version).IsConcurrencyToken();
        consultation.HasOne(c => c.Issuer).WithMany().HasForeignKey(c => c.IssuerId).OnDelete(DeleteBehavior.Restrict);
        consultation.HasMany(c => c.Sections).WithOne().HasForeignKey(s => s.ConsultationId).OnDelete(DeleteBehavior.Cascade);
        consultation.HasMany(c => c.Files).WithOne().HasForeignKey(f => f.ConsultationId).OnDelete(DeleteBehavior.Cascade);
        consultation.HasIndex(c => new { c.Status, c.PublishedAt, c.Id }).IsDescending(false, true, true);
        consultation.HasIndex(c => new { c.Status, c.ClosesAt });
    }
}

internal sealed class ConsultationSectionConfiguration : IEntityTypeConfiguration<ConsultationSection>
{
    public void Configure(EntityTypeBuilder<ConsultationSection> section)
    {
        section.Property(s => s.Title).HasMaxLength(ConsultationSection.TitleMaxLength);
        section.HasIndex(s => new { s.ConsultationId, s.Position });
    }
}

internal sealed class ConsultationFileConfiguration : IEntityTypeConfiguration<ConsultationFile>
{
    public void Configure(EntityTypeBuilder<ConsultationFile> file)
    {
        file.Property(f => f.FileName).HasMaxLength(LegalDocumentFile.FileNameMaxLength);
        file.Property(f => f.Hash).HasMaxLength(32);
        file.Property(f => f.UploadedBy).HasMaxLength(PortalUser.DisplayNameMaxLength);
        file.HasIndex(f => new { f.ConsultationId, f.IsSummary, f.SortOrder });
        file.HasIndex(f => f.Hash);
    }
}

internal sealed class ConsultationCommentConfiguration : IEntityTypeConfiguration<ConsultationComment>
{
    public void Configure(EntityTypeBuilder<ConsultationComment> comment)
    {
        comment.Property(c => c.Name).HasMaxLength(ParticipantInput.NameMaxLength);
        comment.Property(c => c.Email).HasMaxLength(ParticipantEmail.MaxLength);
        comment.Property(c => c.Phone).HasMaxLength(ParticipantInput.PhoneMaxLength);
        comment.Property(c => c.Organisation).HasMaxLength(ParticipantInput.OrganisationMaxLength);
        comment.Property(c => c.Text).HasMaxLength(ConsultationComment.TextMaxLength);
        comment.Property(c => c.TokenHash).HasMaxLength(ConfirmationToken.HashLength);
        comment.Property(c => c.ModeratedBy).HasMaxLength(PortalUser.DisplayNameMaxLength);
        comment.Property(c => c.RejectionReason).HasMaxLength(ConsultationComment.RejectionReasonMaxLength);
        comment.HasOne(c => c.Consultation).WithMany().HasForeignKey(c => c.ConsultationId).OnDelete(DeleteBehavior.Cascade);
        // A section cannot cascade too (SQL Server refuses two cascade paths): removing a section clears it in the service.
        comment.HasOne(c => c.Section).WithMany().HasForeignKey(c => c.SectionId).OnDelete(DeleteBehavior.Restrict);
        comment.HasIndex(c => new { c.ConsultationId, c.State, c.CreatedAt });
        comment.HasIndex(c => new { c.State, c.CreatedAt });
        comment.HasIndex(c => c.TokenHash);
        comment.HasIndex(c => new { c.Email, c.CreatedAt });
    }
}

internal sealed class QuestionConfiguration : IEntityTypeConfiguration<Question>
{
    public void Configure(EntityTypeBuilder<Question> question)
    {
        question.Property(q => q.Title).HasMaxLength(Question.TitleMaxLength);
        question.Property(q => q.Slug).HasMaxLength(SlugGenerator.MaxLength);
        question.Property(q => q.Body).HasMaxLength(Question.BodyMaxLength);
        question.Property(q => q.Answer).HasMaxLength(Question.AnswerMaxLength);
        question.Property(q => q.Name).HasMaxLength(ParticipantInput.NameMaxLength);
        question.Property(q => q.Email).HasMaxLength(ParticipantEmail.MaxLength);
        question.Property(q => q.Phone).HasMaxLength(ParticipantInput.PhoneMaxLength);
        question.Property(q => q.TokenHash).HasMaxLength(ConfirmationToken.HashLength);
        question.Property(q => q.AssignedTo).HasMaxLength(256);
        question.Property(q => q.DismissReason).HasMaxLength(Question.ReasonMaxLength);
        question.Property(q => q.UpdatedBy).HasMaxLength(PortalUser.DisplayNameMaxLength);
        question.Property(q => q.ReviewComment).HasMaxLength(Question.ReviewCommentMaxLength);
        question.Property(q => q.Version).IsConcurrencyToken();
        question.HasOne(q => q.Field).WithMany().HasForeignKey(q => q.FieldId).OnDelete(DeleteBehavior.Restrict);
        question.HasOne(q => q.Agency).WithMany().HasForeignKey(q => q.AgencyId).OnDelete(DeleteBehavior.Restrict);
        // The public list, newest answer first, by field and by agency; search's newest-published walk.
        question.HasIndex(q => new { q.Status, q.PublishedAt, q.Id }).IsDescending(false, true, true);
        question.HasIndex(q => new { q.FieldId, q.Status, q.PublishedAt, q.Id }).IsDescending(false, false, true, true);
        question.HasIndex(q => new { q.AgencyId, q.Status, q.PublishedAt, q.Id }).IsDescending(false, false, true, true);
        // The newsroom's queue: confirmed questions, oldest first.
        question.HasIndex(q => new { q.ConfirmedAt, q.Status });
        question.HasIndex(q => q.TokenHash);
        question.HasIndex(q => new { q.Email, q.CreatedAt });
    }
}
