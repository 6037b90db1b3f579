namespace Portal.Web.Auditing;

/// <summary>Who did what, and when: sign-ins, the workflow, deletions, accounts and roles.</summary>
public class AuditEntry
{
    public const int ActionMaxLength = 50;
    public const int TextMaxLength = 500;

    public long Id { get; set; }
    public DateTime At { get; set; }
    public string UserName { get; set; } = "";
    public required string Action { get; set; }
    public string Target { get; set; } = "";
    public string Details { get; set; } = "";

    /// <summary>The kind of the item the entry is about ("article", as search names kinds), for its history to find it by key.</summary>
    public string? SubjectKind { get; set; }
    public int? SubjectId { get; set; }

    public const int SubjectKindMaxLength = 30;
}

/// <summary>The actions the log knows, in the words it stores.</summary>
public static class AuditActions
{
    public const string SignIn = "sign-in";
    public const string SignInFailed = "sign-in-failed";
    public const string SignOut = "sign-out";
    public const string LockedOut = "locked-out";
    public const string PasswordChanged = "password-changed";
    public const string SetupCompleted = "setup";

    public const string ArticleCreated = "article-created";
    public const string ArticleSaved = "article-saved";
    public const string ArticleSubmitted = "article-submitted";
    public const string ArticlePublished = "article-published";
    public const string ArticleScheduled = "article-scheduled";
    public const string ArticleSentBack = "article-sent-back";
    public const string ArticleUnpublished = "article-unpublished";
    public const string ArticleDeleted = "article-deleted";
    public const string ArticleRestored = "article-restored";
    public const string ArticleFeatured = "article-featured";
    public const string ArticleFeatureChanged = "article-feature-changed";
    public const string ArticleUnfeatured = "article-unfeatured";
    public const string ProposalMade = "proposal-made";
    public const string ProposalSubmitted = "proposal-submitted";
    public const string ProposalReturned = "proposal-returned";
    public const string ProposalPublished = "proposal-published";
    public const string ProposalWithdrawn = "proposal-withdrawn";

    public const string DocumentCreated = "document-created";
    public const string DocumentSaved = "document-saved";
    public const string DocumentSubmitted = "document-submitted";
    public const string DocumentPublished = "document-published";
    public const string DocumentScheduled = "document-scheduled";
    public const string DocumentSentBack = "document-sent-back";
    public const string DocumentUnpublished = "document-unpublished";
    public const string DocumentDeleted = "document-deleted";
    public const string DocumentListChanged = "document-list-changed";
    public const string DocumentListDeleted = "document-list-deleted";
    public const string ScheduleCreated = "schedule-created";
    public const string ScheduleSaved = "schedule-saved";
    public const string SchedulePublished = "schedule-published";
    public const string ScheduleScheduled = "schedule-scheduled";
    public const string ScheduleSentBack = "schedule-sent-back";
    public const string ScheduleUnpublished = "schedule-unpublished";
    public const string ScheduleDeleted = "schedule-deleted";
    public const string ScheduleCancelled = "schedule-cancelled";
    public const string ScheduleCopied = "schedule-copied";

    public const string ConsultationCreated = "consultation-created";
    public const string ConsultationSaved = "consultation-saved";
    public const string ConsultationSubmitted = "consultation-submitted";
    public const string ConsultationPublished = "consultation-published";
    public const string ConsultationScheduled = "consultation-scheduled";
    public const string ConsultationSentBack = "consultation-sent-back";
    public const string ConsultationUnpublished = "consultation-unpublished";
    public const string ConsultationDeleted = "consultation-deleted";
    public const string CommentPublished = "comment-published";
    public const string CommentRejected = "comment-rejected";
    public const string ConsultationSummarySaved = "consultation-summary-saved";
    public const string ConsultationSummaryPublished = "consultation-summary-published";
    public const string QuestionAssigned = "question-assigned";
    public const string QuestionAnswerSaved = "question-answer-saved";
    public const string QuestionSubmitted = "question-submitted";
    public const string QuestionPublished = "question-published";
    public const string QuestionScheduled = "question-scheduled";
    public const string QuestionSentBack = "question-sent-back";
    public const string QuestionUnpublished = "question-unpublished";
    public const string QuestionDeleted = "question-deleted";
    public const string QuestionDismissed = "question-dismissed";

    public const string UserCreated = "user-created";
    public const string RolesChanged = "roles-changed";
    public const string UserLocked = "user-locked";
    public const string UserUnlocked = "user-unlocked";
    public const string PasswordReset = "password-reset";
    public const string PasswordResetRequested = "password-reset-requested";

    public const string CategoryChanged = "category-changed";
    public const string CategoryDeleted = "category-deleted";
    public const string SiteLinkChanged = "site-link-changed";
    public const string SiteLinkDeleted = "site-link-deleted";
    public const string DirectoryChanged = "directory-changed";
    public const string DirectoryDeleted = "directory-deleted";
    public const string InfoPageChanged = "info-page-changed";
    public const string SiteTextsChanged = "site-texts-changed";

    public const string PhotoUploaded = "photo-uploaded";
    public const string PhotoChanged = "photo-changed";
    public const string PhotoDeleted = "photo-deleted";

    public const string PersonalDataExported = "personal-data-exported";
    public const string PersonalDataErased = "personal-data-erased";
    public const string PersonalDataExpired = "personal-data-expired";
    public const string MailResent = "mail-resent";
    public const string NotificationsChanged = "notifications-changed";

    /// <summary>Every action, in the order the audit page offers them as filters.</summary>
    public static readonly IReadOnlyList<string> All =
    [
        SignIn, SignInFailed, SignOut, LockedOut, PasswordChanged, SetupCompleted,
        ArticleCreated, ArticleSaved, ArticleSubmitted, ArticlePublished, ArticleScheduled, ArticleSentBack,
        ArticleUnpublished, ArticleDeleted, ArticleRestored, ArticleFeatured, ArticleFeatureChanged, ArticleUnfeatured,
        ProposalMade, ProposalSubmitted, ProposalReturned, ProposalPublished, ProposalWithdrawn,
        DocumentCreated, DocumentSaved, DocumentSubmitted, DocumentPublished, DocumentScheduled, DocumentSentBack,
        DocumentUnpublished, DocumentDeleted, DocumentListChanged, DocumentListDeleted,
        ScheduleCreated, ScheduleSaved, SchedulePublished, ScheduleScheduled, ScheduleSentBack, ScheduleUnpublished,
        ScheduleDeleted, ScheduleCancelled, ScheduleCopied,
        ConsultationCreated, ConsultationSaved, ConsultationSubmitted, ConsultationPublished, ConsultationScheduled,
        ConsultationSentBack, ConsultationUnpublished, ConsultationDeleted, CommentPublished, CommentRejected,
        ConsultationSummarySaved, ConsultationSummaryPublished,
        QuestionAssigned, QuestionAnswerSaved, QuestionSubmitted, QuestionPublished, QuestionScheduled, QuestionSentBack,
        QuestionUnpublished, QuestionDeleted, QuestionDismissed,
        UserCreated, RolesChanged, UserLocked, UserUnlocked, PasswordReset, PasswordResetRequested,
        CategoryChanged, CategoryDeleted, SiteLinkChanged, SiteLinkDeleted, InfoPageChanged,
        SiteTextsChanged,
        PhotoUploaded, PhotoChanged, PhotoDeleted,
        PersonalDataExported, PersonalDataErased, PersonalDataExpired,
        MailResent, NotificationsChanged,
        DirectoryChanged, DirectoryDeleted,
    ];

    public static string VietnameseName(string action) => action switch
    {
        SignIn => "Đăng nhập",
        SignInFailed => "Đăng nhập không thành công",
        SignOut => "Đăng xuất",
        LockedOut => "Tài khoản bị khóa tạm thời",
        PasswordChanged => "Đổi mật khẩu",
        SetupCompleted => "Tạo quản trị viên đầu tiên",
        ArticleCreated => "Tạo bài viết",
        ArticleSaved => "Lưu bài viết",
        ArticleSubmitted => "Gửi duyệt",
        ArticlePublished => "Đăng bài",
        ArticleScheduled => "Hẹn giờ đăng",
        ArticleSentBack => "Trả lại bài",
        ArticleUnpublished => "Gỡ bài",
        ArticleDeleted => "Xóa bài",
        ArticleRestored => "Khôi phục phiên bản",
        ArticleFeatured => "Đưa lên tin nổi bật",
        ArticleFeatureChanged => "Sửa tin nổi bật",
        ArticleUnfeatured => "Bỏ khỏi tin nổi bật",
        ProposalMade => "Tạo đề xuất sửa đổi",
        ProposalSubmitted => "Gửi duyệt đề xuất sửa đổi",
        ProposalReturned => "Trả lại đề xuất sửa đổi",
        ProposalPublished => "Đăng đề xuất sửa đổi",
        ProposalWithdrawn => "Rút đề xuất sửa đổi",
        DocumentCreated => "Tạo văn bản",
        DocumentSaved => "Lưu văn bản",
        DocumentSubmitted => "Gửi duyệt văn bản",
        DocumentPublished => "Đăng văn bản",
        DocumentScheduled => "Hẹn giờ đăng văn bản",
        DocumentSentBack => "Trả lại văn bản",
        DocumentUnpublished => "Gỡ văn bản",
        DocumentDeleted => "Xóa văn bản",
        DocumentListChanged => "Sửa danh mục văn bản",
        DocumentListDeleted => "Xóa mục trong danh mục văn bản",
        ScheduleCreated => "Thêm lịch công tác",
        ScheduleSaved => "Sửa lịch công tác",
        SchedulePublished => "Đăng lịch công tác",
        ScheduleScheduled => "Hẹn giờ đăng lịch công tác",
        ScheduleSentBack => "Trả lại lịch công tác",
        ScheduleUnpublished => "Gỡ lịch công tác",
        ScheduleDeleted => "Xóa lịch công tác",
        ScheduleCancelled => "Hủy lịch công tác",
        ScheduleCopied => "Sao chép lịch định kỳ tuần trước",
        ConsultationCreated => "Tạo dự thảo lấy ý kiến",
        ConsultationSaved => "Lưu dự thảo lấy ý kiến",
        ConsultationSubmitted => "Gửi duyệt dự thảo lấy ý kiến",
        ConsultationPublished => "Đăng dự thảo lấy ý kiến",
        ConsultationScheduled => "Hẹn giờ đăng dự thảo lấy ý kiến",
        ConsultationSentBack => "Trả lại dự thảo lấy ý kiến",
        ConsultationUnpublished => "Gỡ dự thảo lấy ý kiến",
        ConsultationDeleted => "Xóa dự thảo lấy ý kiến",
        CommentPublished => "Đăng góp ý",
        CommentRejected => "Từ chối góp ý",
        ConsultationSummarySaved => "Lưu báo cáo tổng hợp góp ý",
        ConsultationSummaryPublished => "Công bố báo cáo tổng hợp góp ý",
        QuestionAssigned => "Phân công câu hỏi",
        QuestionAnswerSaved => "Lưu câu trả lời",
        QuestionSubmitted => "Gửi duyệt câu trả lời",
        QuestionPublished => "Đăng câu trả lời",
        QuestionScheduled => "Hẹn giờ đăng câu trả lời",
        QuestionSentBack => "Trả lại câu trả lời",
        QuestionUnpublished => "Gỡ câu hỏi",
        QuestionDeleted => "Xóa câu hỏi",
        QuestionDismissed => "Không trả lời câu hỏi",
        UserCreated => "Tạo người dùng",
        RolesChanged => "Đổi vai trò",
        UserLocked => "Khóa tài khoản",
        UserUnlocked => "Mở khóa tài khoản",
        PasswordReset => "Đặt lại mật khẩu",
        PasswordResetRequested => "Yêu cầu đặt lại mật khẩu qua thư",
        CategoryChanged => "Sửa chuyên mục",
        CategoryDeleted => "Xóa chuyên mục",
        SiteLinkChanged => "Sửa liên kết",
        SiteLinkDeleted => "Xóa liên kết",
        DirectoryChanged => "Sửa cơ cấu tổ chức",
        DirectoryDeleted => "Xóa khỏi cơ cấu tổ chức",
        InfoPageChanged => "Sửa trang thông tin",
        SiteTextsChanged => "Sửa thông tin cổng (tiếng Anh)",
        PhotoUploaded => "Tải ảnh lên",
        PhotoChanged => "Sửa thông tin ảnh",
        PhotoDeleted => "Xóa ảnh",
        PersonalDataExported => "Xuất dữ liệu cá nhân",
        PersonalDataErased => "Xóa dữ liệu cá nhân theo yêu cầu",
        PersonalDataExpired => "Xóa dữ liệu cá nhân hết hạn lưu trữ",
        MailResent => "Gửi lại thư",
        NotificationsChanged => "Đổi cài đặt thư thông báo",
        _ => action,
    };
}
