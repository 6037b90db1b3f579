using System.ComponentModel.DataAnnotations;
using Microsoft.EntityFrameworkCore;
using Portal.Web.Articles;
using Portal.Web.Data;
using Portal.Web.Feeds;
using Portal.Web.LegalDocuments;
using Portal.Web.Mail;
using Portal.Web.Participation;
using Portal.Web.Publishing;

namespace Portal.Web.Questions;

/// <summary>The ask form as sent: the question, its field, the consent to publish it, and who asks.</summary>
public sealed class AskQuestionInput
{
    [Display(Name = "Câu hỏi (tóm tắt trong một dòng)")]
    public string? Title { get; set; }

    [Display(Name = "Lĩnh vực")]
    public int? FieldId { get; set; }

    [Display(Name = "Nội dung câu hỏi")]
    public string? Body { get; set; }

    /// <summary>"Đồng ý công bố câu hỏi và trả lời": without it only the asker gets the answer.</summary>
    [Display(Name = "Tôi đồng ý công bố câu hỏi và câu trả lời trên cổng thông tin")]
    public bool PublishConsent { get; set; }

    public ParticipantInput Who { get; set; } = new();
}

/// <summary>What became of a sent question: kept and mailed (or silently dropped: a script's), or refused with messages per field.</summary>
public sealed record AskOutcome(IReadOnlyDictionary<string, string> Errors)
{
    public static readonly AskOutcome Sent = new(new Dictionary<string, string>());

    public bool Accepted => Errors.Count == 0;
}

/// <summary>
/// Takes a citizen's question: the guard's checks, the limits, then an unconfirmed question and the e-mail with its
/// confirmation link, saved together. Nothing enters the newsroom's queue before the asker follows the link.
/// </summary>
public sealed class QuestionSubmissions(PortalDbContext db, ParticipationGuard guard, Outbox outbox, TimeProvider time)
{
    public const string ConfirmationPurpose = "question-confirmation";

    public Task<List<DocumentField>> FieldsAsync(CancellationToken cancellationToken = default) =>
        db.DocumentFields.AsNoTracking().OrderBy(f => f.SortOrder).ThenBy(f => f.Name).ToListAsync(cancellationToken);

    public async Task<AskOutcome> SubmitAsync(AskQuestionInput input, CancellationToken cancellationToken = default)
    {
        var verdict = await guard.CheckAsync(input.Who, cancellationToken);
        if (verdict.Kind == GuardVerdictKind.Silent)
        {
            return AskOutcome.Sent;
        }
        var errors = new Dictionary<string, string>();
        if (verdict.Kind == GuardVerdictKind.Refused)
        {
            // The guard names the participant's field ("Consent", "Stamp"); the form binds them under Who.
            errors[verdict.Field.Length == 0 ? nameof(input.Who) : $"{nameof(input.Who)}.{verdict.Field}"] = verdict.Message;
        }
        var title = CitizenText.Clean(input.Title);
        var body = CitizenText.Clean(input.Body);
        var name = CitizenText.Clean(input.Who.Name);
        var phone = CitizenText.Clean(input.Who.Phone);
        if (title.Length == 0)
        {
            errors.TryAdd(nameof(input.Title), "Vui lòng nhập câu hỏi trong một dòng.");
        }
        else if (title.Length > Question.TitleMaxLength || title.Contains('\n'))
        {
            errors.TryAdd(nameof(input.Title), $"Câu hỏi tóm tắt là một dòng, dài tối đa {Question.TitleMaxLength} ký tự.");
        }
        if (body.Length == 0)
        {
            errors.TryAdd(nameof(input.Body), "Vui lòng nhập nội dung câu hỏi.");
        }
        else if (body.Length > Question.BodyMaxLength)
        {
            errors.TryAdd(nameof(input.Body), $"Nội dung câu hỏi dài tối đa {Question.BodyMaxLength:N0} ký tự (hiện có {body.Length:N0}).");
        }
        if (input.FieldId is not { } fieldId || !await db.DocumentFields.AnyAsync(f => f.Id == fieldId, cancellationToken))
        {
            errors.TryAdd(nameof(input.FieldId), "Vui lòng chọn lĩnh vực của câu hỏi trong danh sách.");
        }
        if (name.Length == 0)
        {
            errors.TryAdd("Who.Name", "Vui lòng nhập họ và tên.");
        }
        else if (name.Length > ParticipantInput.NameMaxLength || name.Contains('\n'))
        {
            errors.TryAdd("Who.Name", $"Họ và tên là một dòng, dài tối đa {ParticipantInput.NameMaxLength} ký tự.");
        }
        var email = ParticipantEmail.Normalize(input.Who.Email);
        if (email is null)
        {
            errors.TryAdd("Who.Email", "Địa chỉ thư điện tử không hợp lệ; câu trả lời và đường dẫn xác nhận được gửi tới địa chỉ này.");
        }
        if (phone.Length > ParticipantInput.PhoneMaxLength || phone.Contains('\n'))
        {
            errors.TryAdd("Who.Phone", $"Số điện thoại dài tối đa {ParticipantInput.PhoneMaxLength} ký tự.");
        }
        if (!input.Who.Consent)
        {
            errors.TryAdd("Who.Consent", "Vui lòng đồng ý cho cơ quan xử lý dữ liệu cá nhân để gửi câu hỏi; nếu không, câu hỏi không được lưu.");
        }
        if (errors.Count > 0)
        {
            return new AskOutcome(errors);
        }

        var now = time.GetUtcNow().UtcDateTime;
        var (token, hash) = ConfirmationToken.New();
        var question = new Question
        {
            Title = title,
            Slug = SlugGenerator.FromTitle(title) is { Length: > 0 } slug ? slug : "cau-hoi",
            Body = body,
            FieldId = input.FieldId!.Value,
            Name = name,
            Email = email!,
            Phone = phone,
            ShowName = input.Who.ShowName,
            PublishConsent = input.PublishConsent,
            CreatedAt = now,
            ConsentedAt = now,
            TokenHash = hash,
            TokenExpiresAt = now + ConfirmationToken.Lifetime,
            Status = PublicationStatus.Draft,
            UpdatedAt = now,
            Version = Guid.NewGuid(),
        };
        db.Questions.Add(question);
        outbox.Add(email!, name, Letter(question, token), ConfirmationPurpose);
        await db.SaveChangesAsync(cancellationToken);
        return AskOutcome.Sent;
    }

    private static MailLetter Letter(Question question, string token) =>
        new MailLetter("Xác nhận câu hỏi gửi cổng thông tin")
            .Paragraph($"Kính gửi {question.Name},")
            .Paragraph("Cổng thông tin đã nhận câu hỏi dưới đây. Câu hỏi chỉ được chuyển tới cơ quan trả lời khi bạn xác nhận địa chỉ thư điện tử bằng đường dẫn sau, trong vòng 48 giờ.")
            .Quote(question.Title + "\n\n" + question.Body)
            .Link("Xác nhận câu hỏi", PublicUrls.ConfirmationPath(token))
            .Paragraph("Nếu bạn không gửi câu hỏi này, xin bỏ qua thư: câu hỏi sẽ tự xóa khi đường dẫn hết hạn.");
}
