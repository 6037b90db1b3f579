namespace Portal.Tests.Builders;

/// <summary>Legacy exports in the old portal's layout, to vary one part at a time.</summary>
public sealed class LegacyExportBuilder
{
    public static string LegacyFilePath => Path.Combine(AppContext.BaseDirectory, "seeds", "legacy", "000_c51e5107c5f4c7d9.txt");

    public static string LegacyFileText => File.ReadAllText(LegacyFilePath);

    public string? VisitorLine { get; set; } = "Số khách đã thăm:  26000000";
    public string? CategoryLine { get; set; } = "Phòng chống thiên tai Phòng chống thiên tai";
    public string? TitleLine { get; set; } = "Tỉnh chủ động ứng phó áp thấp nhiệt đới trên Biển Đông";
    public string? StampLine { get; set; } = "07:15 | 03/11/2026 Print   E-mail    ";
    public List<string> Paragraphs { get; } =
    [
        "Sáng nay, Ban Chỉ huy Phòng chống thiên tai và Tìm kiếm cứu nạn tỉnh họp khẩn.",
        "\u00A0",
        "Các địa phương ven biển được yêu cầu kêu gọi tàu thuyền vào nơi tránh trú an toàn.",
    ];
    public string? AuthorLine { get; set; } = "Minh Khang";
    public string NewLine { get; set; } = "\n";

    public LegacyExportBuilder WithTitle(string title)
    {
        TitleLine = title;
        return this;
    }

    public string Build()
    {
        var lines = new List<string?>
        {
            "Liên kết site Liên kết site",
            "Số người truy cập Số người truy cập",
            VisitorLine,
            CategoryLine,
            TitleLine,
            StampLine,
            "",
        };
        foreach (var paragraph in Paragraphs)
        {
            lines.Add(paragraph);
            lines.Add("");
        }
        lines.Add(AuthorLine);
        return string.Join(NewLine, lines.Where(l => l is not null)) + NewLine;
    }

    public string WriteTo(string folder, string fileName)
    {
        var path = Path.Combine(folder, fileName);
        File.WriteAllText(path, Build());
        return path;
    }
}
