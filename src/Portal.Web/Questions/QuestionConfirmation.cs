using Microsoft.EntityFrameworkCore;
using Portal.Web.Accounts;
using Portal.Web.Data;
using Portal.Web.Feeds;
using Portal.Web.Mail;
using Portal.Web.Participation;

namespace Portal.Web.Questions;

/// <summary>
/// The asker's confirmation link: once followed (before it expires), the question enters the newsroom's queue, the
/// token is forgotten (the link works once), and the newsroom is told by e-mail.
/// </summary>
public sealed class QuestionConfirmation(PortalDbContext db, EditorNotifications notifications) : IConfirmationTarget
{
    public const string NewQuestionPurpose = "question-new";

    /// <summary>The newsroom's queue of questions, as the e-mail links to it.</summary>
    public const string QueuePath = "/admin/questions";

    public async Task<ConfirmationOutcome> ConfirmAsync(string tokenHash, DateTime now, CancellationToken cancellationToken)
    {
        var question = await db.Questions.Include(q => q.Field).FirstOrDefaultAsync(q => q.TokenHash == tokenHash, cancellationToken);
        if (question is null)
        {
            return ConfirmationOutcome.NotFound;
        }
        // An erased question has no address left to confirm: its link has expired with its data.
        if (question.TokenExpiresAt <= now || question.ErasedAt is not null)
        {
            return new ConfirmationOutcome(ConfirmationOutcomeKind.Expired,
                "Đường dẫn xác nhận đã hết hạn. Xin gửi lại câu hỏi.", PublicUrls.AskQuestionRoute);
        }
        question.ConfirmedAt = now;
        question.TokenHash = null;
        question.TokenExpiresAt = null;
        await notifications.AddAsync([Roles.Editor, Roles.Approver, Roles.Administrator],
            new MailLetter("Có câu hỏi mới")
                .Paragraph("Một câu hỏi của người dân vừa được xác nhận và chờ phân công trả lời.")
                .Fact("Câu hỏi", $"#{question.Id} {question.Title}")
                .Fact("Lĩnh vực", question.Field?.Name ?? "")
                .Link("Mở danh sách câu hỏi", QueuePath),
            NewQuestionPurpose);
        await db.SaveChangesAsync(cancellationToken);
        return new ConfirmationOutcome(ConfirmationOutcomeKind.Confirmed,
            "Cảm ơn bạn đã xác nhận. Câu hỏi đã được chuyển tới cơ quan có thẩm quyền; câu trả lời sẽ được gửi tới thư điện tử của bạn.",
            PublicUrls.QuestionsRoute);
    }
}
