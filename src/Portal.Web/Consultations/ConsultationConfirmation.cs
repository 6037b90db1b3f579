using Microsoft.EntityFrameworkCore;
using Portal.Web.Accounts;
using Portal.Web.Data;
using Portal.Web.Feeds;
using Portal.Web.Mail;
using Portal.Web.Participation;

namespace Portal.Web.Consultations;

/// <summary>
/// Confirms a comment by its e-mailed link: the comment whose token hash it is goes to the moderation queue, the hash
/// is cleared (the link works once), and the moderators are told by e-mail, in one save. A link past its 48 hours
/// confirms nothing.
/// </summary>
public sealed class ConsultationConfirmation(PortalDbContext db, EditorNotifications notifications) : IConfirmationTarget
{
    public const string Purpose = "consultation-comment-to-moderate";

    /// <summary>The newsroom's queue of comments to moderate.</summary>
    public const string ModerationPath = "/admin/consultations/comments";

    /// <summary>Who moderates comments, and so is told of a new one.</summary>
    public static readonly IReadOnlyList<string> Moderators = [Roles.Approver, Roles.Administrator];

    public async Task<ConfirmationOutcome> ConfirmAsync(string tokenHash, DateTime now, CancellationToken cancellationToken)
    {
        var comment = await db.ConsultationComments.Include(c => c.Consultation)
            .FirstOrDefaultAsync(c => c.TokenHash == tokenHash && c.State == CommentState.Unconfirmed, cancellationToken);
        if (comment?.Consultation is not { } consultation)
        {
            return ConfirmationOutcome.NotFound;
        }
        var returnPath = PublicUrls.ConsultationPath(consultation.Id, consultation.Slug);
        // An erased comment has no address left to confirm: its link has expired with its data.
        if (comment.TokenExpiresAt is not { } expires || expires <= now || comment.ErasedAt is not null)
        {
            return new ConfirmationOutcome(ConfirmationOutcomeKind.Expired,
                "Liên kết xác nhận đã hết hạn (sau 48 giờ). Nếu đợt lấy ý kiến còn mở, xin gửi lại góp ý.", returnPath);
        }
        comment.State = CommentState.AwaitingModeration;
        comment.ConfirmedAt = now;
        comment.TokenHash = null;
        var letter = new MailLetter($"Có góp ý mới cần duyệt: {consultation.Title}")
            .Paragraph("Một góp ý dự thảo vừa được người gửi xác nhận và đang chờ duyệt.")
            .Fact("Dự thảo", consultation.Title)
            .Fact("Góp ý", $"#{comment.Id}")
            .Link("Mở danh sách góp ý chờ duyệt", ModerationPath);
        await notifications.AddAsync(Moderators, letter, Purpose);
        await db.SaveChangesAsync(cancellationToken);
        return new ConfirmationOutcome(ConfirmationOutcomeKind.Confirmed,
            "Cảm ơn Quý vị đã xác nhận. Góp ý đã được chuyển đến cơ quan soạn thảo và sẽ được đăng sau khi được duyệt.", returnPath);
    }
}
