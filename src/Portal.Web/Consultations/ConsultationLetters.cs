using Portal.Web.Feeds;
using Portal.Web.Mail;

namespace Portal.Web.Consultations;

/// <summary>The messages the newsroom's decisions send to those who commented, in Vietnamese, with a link back.</summary>
public static class ConsultationLetters
{
    public const string CommentPublishedPurpose = "comment-published";
    public const string CommentRejectedPurpose = "comment-rejected";
    public const string SummaryPurpose = "consultation-summary";

    private const string Automatic = "Thư này được gửi tự động từ cổng thông tin điện tử; xin không trả lời thư này.";

    /// <summary>The moderator's decision on one comment: published, or rejected with its reason.</summary>
    public static MailLetter Decision(Consultation consultation, ConsultationComment comment, string? sectionTitle)
    {
        var published = comment.State == CommentState.Published;
        var letter = new MailLetter(published
                ? $"Góp ý của bạn về dự thảo \"{consultation.Title}\" đã được đăng"
                : $"Góp ý của bạn về dự thảo \"{consultation.Title}\" không được đăng")
            .Paragraph($"Kính gửi {comment.Name},")
            .Paragraph(published
                ? "Cảm ơn bạn đã góp ý cho dự thảo dưới đây. Góp ý của bạn đã được đăng trên cổng thông tin."
                : "Cảm ơn bạn đã góp ý cho dự thảo dưới đây. Sau khi xem xét, góp ý của bạn không được đăng trên cổng thông tin.")
            .Fact("Dự thảo", consultation.Title);
        if (sectionTitle is not null)
        {
            letter.Fact("Góp ý cho", sectionTitle);
        }
        letter.Paragraph("Góp ý của bạn:").Quote(comment.Text)
            .Fact("Kết quả", published ? "Đã đăng" : "Không đăng");
        if (!published)
        {
            letter.Fact("Lý do", comment.RejectionReason);
        }
        return letter.Link("Xem dự thảo và các góp ý đã đăng", PublicUrls.ConsultationPath(consultation.Id, consultation.Slug))
            .Paragraph(Automatic);
    }

    /// <summary>The agency's summary is public: to each person who commented, once.</summary>
    public static MailLetter Summary(Consultation consultation, string name, string issuerName) =>
        new MailLetter($"Báo cáo tổng hợp góp ý về dự thảo \"{consultation.Title}\" đã được công bố")
            .Paragraph($"Kính gửi {name},")
            .Paragraph("Bạn đã góp ý cho dự thảo dưới đây. Cơ quan chủ trì soạn thảo đã công bố báo cáo tổng hợp, tiếp thu, giải trình các ý kiến góp ý.")
            .Fact("Dự thảo", consultation.Title)
            .Fact("Cơ quan chủ trì soạn thảo", issuerName)
            .Link("Xem báo cáo tổng hợp", PublicUrls.ConsultationPath(consultation.Id, consultation.Slug))
            .Paragraph(Automatic);
}
