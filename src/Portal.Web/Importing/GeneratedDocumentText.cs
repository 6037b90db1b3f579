using System.Globalization;
using System.Text;
using Portal.Web.Localization;

namespace Portal.Web.Importing;

/// <summary>A generated document's fields and the text of its file.</summary>
public sealed record GeneratedDocumentText(string Abstract, string Signer, string SignerTitle, IReadOnlyList<string> Paragraphs);

/// <summary>
/// Plausible text of a provincial document from a seeded random source: an abstract of an action on a subject in a
/// place, and a few hundred words of articles (Điều) drawn from a vocabulary wide enough that a word search finds
/// some documents and not all, as on a real library.
/// </summary>
public static class DocumentTextGenerator
{
    /// <summary>Types with their abbreviations, as in a number and symbol; the first ones are the most common.</summary>
    public static readonly (string Name, string Abbreviation)[] Types =
    [
        ("Quyết định", "QĐ"), ("Công văn", "CV"), ("Kế hoạch", "KH"), ("Thông báo", "TB"), ("Báo cáo", "BC"),
        ("Chỉ thị", "CT"), ("Nghị quyết", "NQ"), ("Tờ trình", "TTr"),
    ];

    /// <summary>Issuers with the symbol they sign with.</summary>
    public static readonly (string Name, string Symbol)[] Issuers =
    [
        ("UBND tỉnh", "UBND"), ("HĐND tỉnh", "HĐND"), ("Sở Tài chính", "STC"), ("Sở Kế hoạch và Đầu tư", "SKHĐT"),
        ("Sở Giáo dục và Đào tạo", "SGDĐT"), ("Sở Y tế", "SYT"), ("Sở Tài nguyên và Môi trường", "STNMT"),
        ("Sở Nông nghiệp và Phát triển nông thôn", "SNNPTNT"), ("Sở Giao thông vận tải", "SGTVT"), ("Sở Xây dựng", "SXD"),
        ("Sở Nội vụ", "SNV"), ("Sở Văn hóa, Thể thao và Du lịch", "SVHTTDL"), ("Sở Công Thương", "SCT"), ("Sở Tư pháp", "STP"),
    ];

    public static readonly string[] Fields =
    [
        "Đất đai", "Xây dựng", "Giao thông", "Giáo dục", "Y tế", "Tài chính", "Đầu tư", "Nông nghiệp", "Môi trường",
        "Thông tin và truyền thông", "Cải cách hành chính", "Văn hóa - Xã hội", "Nội vụ", "Công thương", "Tư pháp", "Du lịch",
    ];

    private static readonly string[] Actions =
    [
        "Ban hành Quy định về", "Phê duyệt Kế hoạch", "Về việc tăng cường", "Sửa đổi, bổ sung một số điều của Quy định về",
        "Quy định chi tiết thi hành", "Triển khai thực hiện", "Về việc đẩy nhanh tiến độ", "Hướng dẫn thực hiện",
        "Kết quả kiểm tra", "Phân cấp quản lý", "Giao chỉ tiêu", "Ban hành Quy chế phối hợp",
    ];

    private static readonly string[] Subjects =
    [
        "quản lý, sử dụng đất công", "bồi thường, hỗ trợ, tái định cư", "phòng, chống thiên tai", "an toàn vệ sinh thực phẩm",
        "giải ngân vốn đầu tư công", "xây dựng nông thôn mới", "chuyển đổi số", "cải cách thủ tục hành chính", "học phí và miễn giảm học phí",
        "tiêm chủng mở rộng", "khai thác khoáng sản làm vật liệu xây dựng", "quản lý chất thải rắn sinh hoạt", "phát triển du lịch biển đảo",
        "hỗ trợ doanh nghiệp nhỏ và vừa", "bảo trì đường địa phương", "phòng cháy, chữa cháy", "giảm nghèo bền vững", "quản lý cụm công nghiệp",
        "bảo vệ rừng phòng hộ ven biển", "cấp nước sạch nông thôn", "chế độ hỗ trợ cán bộ không chuyên trách", "quản lý nhà chung cư",
    ];

    private static readonly string[] Places =
    [
        "trên địa bàn tỉnh", "tại TP. Vũng Tàu", "tại TP. Bà Rịa", "tại thị xã Phú Mỹ", "tại huyện Châu Đức", "tại huyện Xuyên Mộc",
        "tại huyện Long Điền", "tại huyện Đất Đỏ", "tại huyện Côn Đảo",
    ];

    private static readonly string[] Sentences =
    [
        "Văn bản này quy định về {subject} {place}, áp dụng đối với cơ quan, tổ chức, hộ gia đình và cá nhân có liên quan.",
        "Sở {agency} chủ trì, phối hợp với các sở, ngành và Ủy ban nhân dân cấp huyện tổ chức triển khai thực hiện.",
        "Kinh phí thực hiện từ nguồn ngân sách tỉnh là {money} tỷ đồng, lồng ghép với các chương trình mục tiêu quốc gia.",
        "Chỉ tiêu đến năm {year}: tỷ lệ hồ sơ được giải quyết đúng hạn đạt {percent}%, {n} đơn vị hoàn thành nhiệm vụ được giao.",
        "Định kỳ ngày {day} hằng tháng, các đơn vị báo cáo kết quả thực hiện về Văn phòng Ủy ban nhân dân tỉnh để tổng hợp.",
        "Trường hợp phát sinh khó khăn, vướng mắc, các cơ quan, đơn vị phản ánh kịp thời về Sở {agency} để xem xét, giải quyết.",
        "Nghiêm cấm lợi dụng chức vụ, quyền hạn để gây phiền hà, sách nhiễu tổ chức, cá nhân trong quá trình thực hiện.",
        "Ủy ban nhân dân các huyện, thị xã, thành phố rà soát, thống kê {n} trường hợp thuộc đối tượng và công khai danh sách tại trụ sở.",
        "Hồ sơ gồm đơn đề nghị theo mẫu, bản sao giấy tờ chứng minh và biên bản xác minh của Ủy ban nhân dân cấp xã.",
        "Thời hạn giải quyết không quá {days} ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ.",
        "Cơ quan, đơn vị vi phạm quy định này thì tùy theo tính chất, mức độ bị xử lý kỷ luật hoặc xử phạt vi phạm hành chính.",
        "Giao Thanh tra tỉnh kiểm tra, giám sát việc thực hiện, báo cáo Chủ tịch Ủy ban nhân dân tỉnh trước ngày {day} tháng 12 năm {year}.",
        "Khuyến khích tổ chức, cá nhân đầu tư, ứng dụng công nghệ số trong {subject}, được hưởng ưu đãi theo quy định của pháp luật.",
        "Các dự án chậm tiến độ quá {days} ngày bị điều chuyển vốn cho dự án có khối lượng hoàn thành và nhu cầu giải ngân.",
    ];

    private static readonly string[] Agencies = ["Tài chính", "Kế hoạch và Đầu tư", "Nội vụ", "Xây dựng", "Y tế", "Tư pháp", "Công Thương", "Giáo dục và Đào tạo"];

    private static readonly (string Name, string Title)[] Signers =
    [
        ("Trương Minh Khiêm", "Chủ tịch"), ("Lâm Quốc Bảo", "Phó Chủ tịch"), ("Võ Đình Trí", "Phó Chủ tịch"), ("Nghiêm Xuân Hòa", "Phó Chủ tịch"),
        ("Đoàn Thị Hải Yến", "Chủ tịch Hội đồng nhân dân tỉnh"), ("Phan Thị Minh Nguyệt", "Giám đốc"), ("Huỳnh Văn Lộc", "Giám đốc"), ("Trần Quang Vinh", "Phó Giám đốc"),
    ];

    public static GeneratedDocumentText Next(Random random, int year)
    {
        string Pick(string[] items) => items[random.Next(items.Length)];
        var subject = Pick(Subjects);
        var title = $"{Pick(Actions)} {subject} {Pick(Places)} năm {year.ToString(CultureInfo.InvariantCulture)}";
        var paragraphs = new List<string>();
        var articles = random.Next(4, 9);
        for (var article = 1; article <= articles; article++)
        {
            var text = new StringBuilder($"Điều {article}. ");
            for (var s = random.Next(2, 5); s > 0; s--)
            {
                text.Append(Fill(random, Pick(Sentences), subject, year)).Append(' ');
            }
            paragraphs.Add(text.ToString().TrimEnd());
        }
        var signer = Signers[random.Next(Signers.Length)];
        return new GeneratedDocumentText(title, signer.Name, signer.Title, paragraphs);
    }

    private static string Fill(Random random, string sentence, string subject, int year) => sentence
        .Replace("{subject}", subject, StringComparison.Ordinal)
        .Replace("{place}", Places[random.Next(Places.Length)], StringComparison.Ordinal)
        .Replace("{agency}", Agencies[random.Next(Agencies.Length)], StringComparison.Ordinal)
        .Replace("{money}", VietnameseText.FormatCount(random.Next(1, 900)), StringComparison.Ordinal)
        .Replace("{year}", (year + random.Next(0, 3)).ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
        .Replace("{percent}", random.Next(80, 100).ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
        .Replace("{n}", VietnameseText.FormatCount(random.Next(2, 1500)), StringComparison.Ordinal)
        .Replace("{day}", random.Next(1, 29).ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
        .Replace("{days}", random.Next(5, 46).ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal);
}
