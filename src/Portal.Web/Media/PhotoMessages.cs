namespace Portal.Web.Media;

/// <summary>The refusals editors read, in Vietnamese; the media library's form shows them beside the field.</summary>
public static class PhotoMessages
{
    public const string Empty = "Tệp trống.";
    public const string TooLarge = "Tệp lớn hơn 10 MB.";
    public const string NotAnImage = "Tệp không phải ảnh JPEG, PNG hay WebP.";
    public const string Corrupt = "Tệp ảnh bị hỏng hoặc không đầy đủ.";
    public const string AltTextMissing = "Xin nhập lời mô tả ảnh (văn bản thay thế).";

    public static string TooManyPixels(int width, int height) =>
        $"Ảnh lớn hơn 40 megapixel ({width.ToString(System.Globalization.CultureInfo.InvariantCulture)} × {height.ToString(System.Globalization.CultureInfo.InvariantCulture)}).";

    public static string TooLong(string what, int maxLength) => $"{what} dài quá {maxLength} ký tự.";

    public const string ArticleSavedMeanwhile =
        "Một bài dùng ảnh này vừa được lưu trong lúc bạn sửa, nên thông tin ảnh chưa được lưu. Xin bấm Lưu lần nữa.";

    public static string ShownByPublished(IEnumerable<string> titles) =>
        $"Không lưu được: ảnh đang hiện trong bài đã đăng hoặc đang chờ duyệt ({string.Join("; ", titles.Select(t => $"“{t}”"))}). "
        + "Chỉ người duyệt bài được sửa văn bản thay thế, chú thích và tên tác giả của ảnh này; xin liên hệ người duyệt.";

    public static string InUse(IEnumerable<string> titles) =>
        $"Không xóa được: ảnh đang được dùng trong {string.Join("; ", titles.Select(t => $"“{t}”"))}. Hãy gỡ ảnh khỏi các bài này trước.";
}
