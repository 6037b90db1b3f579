namespace Portal.Web.LegalDocuments.Files;

/// <summary>Why a file is refused, in the words the newsroom reads beside the upload field.</summary>
public static class DocumentFileMessages
{
    public static string Empty(string name) => $"Tệp “{name}” trống.";

    public static string TooLarge(string name) =>
        $"Tệp “{name}” lớn hơn {LegalDocumentFile.MaxLength / (1024 * 1024)} MB: hãy nén lại hoặc chia thành nhiều tệp.";

    public static string NotAllowed(string name) =>
        $"Tệp “{name}” không phải là PDF, DOCX hay XLSX: chỉ nhận ba loại tệp này.";

    public static string NotWhatItsNameSays(string name, DocumentFileFormat claimed) =>
        $"Nội dung tệp “{name}” không phải là {DocumentFileFormats.Label(claimed)} như phần mở rộng của tên tệp.";

    public static string Unreadable(string name, DocumentFileFormat format) =>
        $"Không đọc được tệp “{name}”: tệp bị hỏng hoặc không đúng định dạng {DocumentFileFormats.Label(format)}.";

    public static string Script(string name) =>
        $"Tệp “{name}” chứa mã JavaScript: không nhận tệp PDF có mã chạy được.";

    public static string Launch(string name) =>
        $"Tệp “{name}” chứa lệnh mở chương trình khác: không nhận tệp này.";

    public static string AutoAction(string name) =>
        $"Tệp “{name}” chứa hành động tự chạy khi mở hoặc khi nhập: không nhận tệp này.";

    public static string Embedded(string name) =>
        $"Tệp “{name}” có tệp khác đính kèm bên trong: hãy tải lên từng tệp riêng.";

    public static string Encrypted(string name) =>
        $"Tệp “{name}” được mã hoá hoặc đặt mật khẩu: hãy tải lên bản không mã hoá.";

    public static string Macro(string name) =>
        $"Tệp “{name}” chứa macro: hãy lưu lại thành tệp không có macro (.docx, .xlsx).";

    public static string External(string name) =>
        $"Tệp “{name}” lấy nội dung từ bên ngoài (mẫu, đối tượng liên kết): không nhận tệp này.";

    public static string Bomb(string name) =>
        $"Tệp “{name}” giải nén ra quá lớn hoặc có quá nhiều phần: không nhận tệp này.";

    public static string TooSlow(string name) =>
        $"Tệp “{name}” quá phức tạp để đọc trong thời gian cho phép: hãy lưu lại thành PDF đơn giản hơn hoặc chia nhỏ tệp.";

    public static string TooHeavy(string name) =>
        $"Tệp “{name}” cần quá nhiều bộ nhớ để đọc: hãy lưu lại thành PDF đơn giản hơn hoặc chia nhỏ tệp.";

    public static string NameMissing => "Tệp cần có tên.";

    public static string NameTooLong => $"Tên tệp dài quá {LegalDocumentFile.FileNameMaxLength} ký tự.";
}
