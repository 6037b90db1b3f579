using System.ComponentModel.DataAnnotations;
using Microsoft.EntityFrameworkCore;
using Portal.Web.Data;
using Portal.Web.Editing;
using Portal.Web.Feeds;
using Portal.Web.Mail;
using Portal.Web.Participation;

namespace Portal.Web.Consultations;

/// <summary>A comment as the form sends it: the section it is about (none: the whole draft), the text, and who writes it.</summary>
public sealed class ConsultationCommentInput
{
    [Display(Name = "Phần của dự thảo")]
    public int? SectionId { get; set; }

    [Display(Name = "Nội dung góp ý")]
    [Required(ErrorMessage = "Vui lòng nhập nội dung góp ý.")]
    [StringLength(ConsultationComment.TextMaxLength, ErrorMessage = "Nội dung góp ý dài tối đa {1} ký tự.")]
    public string? Text { get; set; }

    public ParticipantInput Who { get; set; } = new();
}

/// <summary>What became of a sent comment: kept and a confirmation e-mailed, or (a script's form) answered alike and dropped.</summary>
public sealed record CommentReceipt(bool Kept, int? CommentId = null);

/// <summary>
/// Takes a citizen's comment: checked at the second it is saved (visible, and taken at that instant), through the
/// participation guard, its fields normalized and bounded, kept unconfirmed with the hash of a confirmation link,
/// and the link e-mailed through the outbox, in one save. Nobody in the newsroom sees it until it is confirmed
/// (<see cref="ConsultationConfirmation"/>).
/// </summary>
public sealed class ConsultationComments(PortalDbContext db, ParticipationGuard guard, Outbox outbox)
{
    public const string Purpose = "consultation-comment-confirmation";

    public const string ClosedMessage = "Đợt lấy ý kiến này không nhận góp ý vào lúc này (đã kết thúc hoặc chưa mở).";
    public const string SectionMessage = "Phần của dự thảo đã chọn không thuộc dự thảo này.";
    public const string EmailMessage = "Địa chỉ thư điện tử không hợp lệ.";

    public async Task<SaveResult<CommentReceipt>> SubmitAsync(int consultationId, ConsultationCommentInput input, DateTime now, CancellationToken cancellationToken)
    {
        var consultation = await db.Consultations.AsNoTracking().Where(ConsultationVisibility.VisibleAt(now))
            .Select(c => new { c.Id, c.Title, c.Slug, c.OpensAt, c.ClosesAt })
            .FirstOrDefaultAsync(c => c.Id == consultationId, cancellationToken);
        if (consultation is null)
        {
            return new SaveResult<CommentReceipt>.NotFound();
        }
        // The clock decides, to the second: a comment sent at the closing instant is refused.
        if (!(consultation.OpensAt <= now && now < consultation.ClosesAt))
        {
            return new SaveResult<CommentReceipt>.Invalid(SaveResult<CommentReceipt>.FormField, ClosedMessage);
        }
        var who = input.Who;
        var verdict = await guard.CheckAsync(who, cancellationToken);
        if (verdict.Kind == GuardVerdictKind.Silent)
        {
            return new SaveResult<CommentReceipt>.Saved(new CommentReceipt(false));
        }
        if (verdict.Kind == GuardVerdictKind.Refused)
        {
            // The guard names the participant's field ("Consent", "Stamp"); the form binds them under Who.
            return new SaveResult<CommentReceipt>.Invalid(verdict.Field.Length == 0 ? nameof(input.Who) : $"{nameof(input.Who)}.{verdict.Field}", verdict.Message);
        }
        var errors = new Dictionary<string, string>();
        var text = CitizenText.Clean(input.Text);
        var name = CitizenText.OneLine(who.Name);
        var phone = CitizenText.OneLine(who.Phone);
        var organisation = CitizenText.OneLine(who.Organisation);
        var email = ParticipantEmail.Normalize(who.Email);
        Check(errors, "Text", text.Length == 0, "Vui lòng nhập nội dung góp ý.");
        Check(errors, "Text", text.Length > ConsultationComment.TextMaxLength, $"Nội dung góp ý dài tối đa {ConsultationComment.TextMaxLength} ký tự.");
        Check(errors, "Who.Name", name.Length == 0, "Vui lòng nhập họ và tên.");
        Check(errors, "Who.Name", name.Length > ParticipantInput.NameMaxLength, $"Họ và tên dài tối đa {ParticipantInput.NameMaxLength} ký tự.");
        Check(errors, "Who.Email", email is null, EmailMessage);
        Check(errors, "Who.Phone", phone.Length > ParticipantInput.PhoneMaxLength, $"Số điện thoại dài tối đa {ParticipantInput.PhoneMaxLength} ký tự.");
        Check(errors, "Who.Organisation", organisation.Length > ParticipantInput.OrganisationMaxLength,
            $"Tên cơ quan, tổ chức dài tối đa {ParticipantInput.OrganisationMaxLength} ký tự.");
        string? sectionTitle = null;
        if (input.SectionId is { } sectionId)
        {
            sectionTitle = await db.ConsultationSections.AsNoTracking()
                .Where(s => s.Id == sectionId && s.ConsultationId == consultation.Id).Select(s => s.Title).FirstOrDefaultAsync(cancellationToken);
            Check(errors, "SectionId", sectionTitle is null, SectionMessage);
        }
        if (errors.Count > 0)
        {
            return new SaveResult<CommentReceipt>.Invalid(errors);
        }

        var (token, hash) = ConfirmationToken.New();
        var comment = new ConsultationComment
        {
            ConsultationId = consultation.Id,
            SectionId = input.SectionId,
            Name = name,
            Email = email!,
            Phone = phone,
            Organisation = organisation,
            ShowName = who.ShowName,
            Text = text,
            CreatedAt = now,
            ConsentedAt = now,
            TokenHash = hash,
            TokenExpiresAt = now + ConfirmationToken.Lifetime,
            State = CommentState.Unconfirmed,
        };
        db.ConsultationComments.Add(comment);
        var letter = new MailLetter($"Xác nhận góp ý dự thảo: {consultation.Title}")
            .Paragraph($"Kính gửi {name},")
            .Paragraph("Cổng thông tin đã nhận góp ý của Quý vị về dự thảo:")
            .Fact("Dự thảo", consultation.Title);
        if (sectionTitle is not null)
        {
            letter.Fact("Phần góp ý", sectionTitle);
        }
        letter.Quote(text)
            .Paragraph($"Để góp ý được chuyển đến cơ quan soạn thảo, vui lòng xác nhận bằng liên kết dưới đây. Liên kết có hiệu lực trong {(int)ConfirmationToken.Lifetime.TotalHours} giờ và chỉ dùng được một lần.")
            .Link("Xác nhận góp ý", PublicUrls.ConfirmationPath(token))
            .Paragraph("Nếu Quý vị không gửi góp ý này, xin bỏ qua thư; góp ý chưa xác nhận sẽ được xóa.")
            .Link("Xem dự thảo", PublicUrls.ConsultationPath(consultation.Id, consultation.Slug));
        outbox.Add(email!, name, letter, Purpose);
        await db.SaveChangesAsync(cancellationToken);
        return new SaveResult<CommentReceipt>.Saved(new CommentReceipt(true, comment.Id));
    }

    private static void Check(Dictionary<string, string> errors, string field, bool failed, string message)
    {
        if (failed)
        {
            errors.TryAdd(field, message);
        }
    }
}
