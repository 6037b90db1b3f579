namespace Portal.Web.Mail;

/// <summary>The newsroom's message that an item waits for an approver: its title and a link to its review page.</summary>
public static class ApprovalRequest
{
    public const string Purpose = "approval-request";

    /// <summary>"kind" is what waits, in the sentence's words: "bài viết", "văn bản".</summary>
    public static MailLetter Letter(string kind, string title, string reviewPath) =>
        new MailLetter($"Chờ duyệt: {title}")
            .Paragraph($"Có {kind} mới được gửi duyệt.")
            .Fact("Tiêu đề", title)
            .Link("Mở trang duyệt", reviewPath)
            .Paragraph("Thư này gửi tự động từ phòng biên tập của cổng thông tin. Có thể tắt thư thông báo trong trang tài khoản của mình.");
}
