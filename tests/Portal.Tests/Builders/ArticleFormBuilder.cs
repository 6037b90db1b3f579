namespace Portal.Tests.Builders;

/// <summary>The editor's form, filled as an editor would; change one field at a time.</summary>
public sealed class ArticleFormBuilder
{
    public string Title { get; set; } = "Tỉnh tổ chức diễn tập phòng, chống bão và tìm kiếm cứu nạn năm 2026";
    public string Slug { get; set; } = "";
    public string CategoryId { get; set; } = "1";
    public string Summary { get; set; } = "Sáng 28/11, UBND tỉnh tổ chức diễn tập ứng phó bão mạnh đổ bộ vào vùng ven biển.";
    public string Author { get; set; } = "Hải Đăng";
    public string Body { get; set; } = "Buổi diễn tập có sự tham gia của hơn 500 người.\n\n## Kết quả\n\n- Sơ tán 1.200 hộ dân\n- Kiểm tra 35 tàu cá";
    public string? Version { get; set; }
    public int? CoverPhotoId { get; set; }

    public ArticleFormBuilder With(Action<ArticleFormBuilder> change)
    {
        change(this);
        return this;
    }

    public Dictionary<string, string> Build()
    {
        var fields = new Dictionary<string, string>
        {
            ["Input.Title"] = Title,
            ["Input.Slug"] = Slug,
            ["Input.CategoryId"] = CategoryId,
            ["Input.Summary"] = Summary,
            ["Input.Author"] = Author,
            ["Input.BodyMarkdown"] = Body,
        };
        if (Version is not null)
        {
            fields["Input.Version"] = Version;
        }
        if (CoverPhotoId is { } cover)
        {
            fields["Input.CoverPhotoId"] = cover.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }
        return fields;
    }
}
