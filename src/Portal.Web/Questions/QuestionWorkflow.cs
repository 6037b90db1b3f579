using Portal.Web.Auditing;
using Portal.Web.Data;
using Portal.Web.Feeds;
using Portal.Web.Mail;
using Portal.Web.Publishing;
using Portal.Web.Search;

namespace Portal.Web.Questions;

/// <summary>
/// The workflow of answers: the shared rules (<see cref="Workflow{T}"/>) in the questions' words. Only an answered,
/// assigned question that was not set aside may be published; publishing it the first time stamps
/// <see cref="Question.AnsweredAt"/> and e-mails the asker the answer, in the same transaction.
/// </summary>
public sealed class QuestionWorkflow(PortalDbContext db, ISearch search, AuditLog audit, Outbox outbox, TimeProvider time)
    : Workflow<Question>(db, search, audit, time)
{
    public const string AnswerPurpose = "question-answer";

    // The base keeps its own; an initializer is no capture, so the parameter is not held twice.
    private readonly ISearch _search = search;

    private static readonly WorkflowWords QuestionWords = new("câu trả lời",
        AuditActions.QuestionPublished, AuditActions.QuestionScheduled, AuditActions.QuestionSentBack,
        AuditActions.QuestionUnpublished, AuditActions.QuestionDeleted);

    protected override WorkflowWords Words => QuestionWords;

    protected override string SearchKind => QuestionSearchSource.Name;

    protected override string Title(Question item) => item.Title;

    protected override bool CanPublish(Question item) =>
        item.ConfirmedAt is not null && item.DismissedAt is null && item.AgencyId is not null && item.Answer.Trim().Length > 0;

    protected override async Task AfterChangeAsync(Question item, CancellationToken cancellationToken)
    {
        await Db.Entry(item).Reference(q => q.Field).LoadAsync(cancellationToken);
        await Db.Entry(item).Reference(q => q.Agency).LoadAsync(cancellationToken);
        await QuestionSearchSource.IndexAsync(_search, item, cancellationToken);
        if (item.Status != PublicationStatus.Published || item.AnsweredAt is not null)
        {
            return;
        }
        item.AnsweredAt = item.PublishedAt;
        if (item.Email.Length > 0)
        {
            outbox.Add(item.Email, item.Name, AnswerLetter(item), AnswerPurpose);
        }
    }

    /// <summary>
    /// The answer as the asker gets it: their question and the answer quoted, and the link to the question's page when
    /// they agreed to publish it (otherwise the answer is in this message only).
    /// </summary>
    public static MailLetter AnswerLetter(Question question)
    {
        var letter = new MailLetter($"Trả lời câu hỏi: {question.Title}")
            .Paragraph($"Kính gửi {question.Name},")
            .Paragraph($"{question.Agency?.Name ?? "Cơ quan có thẩm quyền"} trả lời câu hỏi của bạn như sau.")
            .Fact("Câu hỏi", question.Title)
            .Quote(question.Body)
            .Paragraph("Trả lời:")
            .Quote(question.Answer);
        return question.PublishConsent
            ? letter.Link("Xem câu hỏi và câu trả lời trên cổng thông tin", PublicUrls.QuestionPath(question.Id, question.Slug))
            : letter.Paragraph("Theo lựa chọn của bạn, câu hỏi và câu trả lời không được công bố trên cổng thông tin.");
    }
}
