using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.RegularExpressions;
using System.Text.Unicode;
using Portal.Web.Localization;

namespace Portal.Web.Importing;

/// <summary>A generated article's text; <see cref="BodyText"/> is the plain text of <see cref="BodyHtml"/>.</summary>
public sealed record GeneratedArticleText(string Title, string Summary, string BodyMarkdown, string BodyHtml, string BodyText, string Author);

/// <summary>
/// Plausible Vietnamese news text from a seeded random source: the same draws give the same text. Plain
/// paragraphs only, so the HTML is written directly (trusted text, encoded), not through Markdown.
/// </summary>
public static partial class ArticleTextGenerator
{
    /// <summary>Bodies (Markdown, UTF-8) are 2-15 KB, most of them short, as real ones are.</summary>
    public const int MinBodyBytes = 2 * 1024;
    public const int MaxBodyBytes = 15 * 1024;

    // Room for the sentence that crosses the drawn size and the paragraph breaks.
    private const int LastSentenceRoom = 512;

    private static readonly HtmlEncoder Html = HtmlEncoder.Create(UnicodeRanges.All);

    private static readonly string[] Agencies =
    [
        "UBND tỉnh", "Sở Kế hoạch và Đầu tư", "Sở Y tế", "Sở Giáo dục và Đào tạo", "Sở Tài chính", "Sở Xây dựng",
        "Sở Nội vụ", "Sở Khoa học và Công nghệ", "Sở Văn hóa, Thể thao và Du lịch", "Ban Dân vận Tỉnh ủy",
        "Ban Quản lý các khu công nghiệp", "Công an tỉnh", "Bộ Chỉ huy Quân sự tỉnh", "Hội Nông dân tỉnh", "Tỉnh đoàn",
    ];

    private static readonly string[] Places =
    [
        "TP. Vũng Tàu", "TP. Bà Rịa", "thị xã Phú Mỹ", "huyện Châu Đức", "huyện Xuyên Mộc", "huyện Long Điền",
        "huyện Đất Đỏ", "huyện Côn Đảo", "xã Phước Hưng", "phường Thắng Tam", "xã Bàu Chinh", "xã Hòa Hiệp",
    ];

    private static readonly string[] Actions =
    [
        "tổ chức hội nghị", "triển khai kế hoạch", "sơ kết công tác", "tổng kết phong trào", "ký kết chương trình phối hợp",
        "kiểm tra tiến độ", "khánh thành công trình", "khởi công dự án", "phát động chiến dịch", "trao quyết định",
        "đối thoại với doanh nghiệp về", "tập huấn", "ra quân", "công bố quy hoạch",
    ];

    private static readonly string[] Topics =
    [
        "cải cách hành chính", "chuyển đổi số", "xây dựng nông thôn mới", "phòng chống thiên tai", "an toàn giao thông",
        "bảo vệ môi trường biển", "phát triển du lịch", "thu hút đầu tư", "an sinh xã hội", "giảm nghèo bền vững",
        "phòng chống dịch bệnh", "dân vận khéo", "khuyến học", "sản phẩm OCOP", "hạ tầng cảng biển", "giải ngân vốn đầu tư công",
    ];

    // Each sentence is split once into text and {slots}: odd parts are slot names.
    private static readonly string[][] Sentences = Array.ConvertAll(
    [
        "Theo báo cáo, trong {year} toàn tỉnh đã hoàn thành {n} chỉ tiêu chủ yếu, đạt và vượt kế hoạch đề ra.",
        "Đồng chí {name}, Phó Chủ tịch UBND tỉnh, đề nghị các sở, ngành tiếp tục tập trung tháo gỡ khó khăn, vướng mắc cho người dân và doanh nghiệp.",
        "Tại {place}, đã có {n} hộ dân được hỗ trợ, với tổng kinh phí hơn {money} tỷ đồng.",
        "Hội nghị đã nghe báo cáo kết quả thực hiện nhiệm vụ {topic}, đồng thời thảo luận giải pháp cho thời gian tới.",
        "Các đại biểu đánh giá cao sự vào cuộc của cả hệ thống chính trị và sự đồng thuận của nhân dân.",
        "Tỷ lệ hồ sơ được giải quyết đúng hạn đạt {percent}%, tăng so với cùng kỳ năm trước.",
        "Dự án có tổng vốn đầu tư {money} tỷ đồng, dự kiến hoàn thành vào quý {quarter} năm {year}.",
        "Lực lượng chức năng đã tuyên truyền, vận động {n} lượt người dân tham gia, góp phần nâng cao nhận thức cộng đồng.",
        "Trong khuôn khổ chương trình, đơn vị đã trao {n} suất quà cho các gia đình chính sách và hộ có hoàn cảnh khó khăn.",
        "Phát biểu chỉ đạo, lãnh đạo tỉnh yêu cầu bám sát kế hoạch, phân công rõ người, rõ việc, rõ thời hạn hoàn thành.",
        "Nhân dịp này, {n} tập thể và cá nhân có thành tích xuất sắc đã được khen thưởng.",
        "Các địa phương ven biển được yêu cầu chủ động phương án ứng phó, bảo đảm an toàn tính mạng và tài sản của nhân dân.",
        "Kết quả khảo sát cho thấy mức độ hài lòng của người dân đạt {percent}%, cao hơn mức bình quân cả nước.",
        "Ban tổ chức cho biết chương trình sẽ được duy trì thường xuyên và nhân rộng ra các địa bàn khác trong tỉnh.",
    ], sentence => Slot().Split(sentence));

    private static readonly string[] Names = ["Trương Minh Khiêm", "Lâm Quốc Bảo", "Võ Đình Trí", "Đoàn Thị Hải Yến", "Nghiêm Xuân Hòa"];

    private static readonly string[] Authors = ["Minh Châu", "Hải Đăng", "Ngọc Hân", "Thùy Dương", "Quang Vinh", "Phòng Thông tin - Sở Nội vụ"];

    public static GeneratedArticleText Next(Random random, DateTime publishedAt)
    {
        string Pick(string[] items) => items[random.Next(items.Length)];
        var year = publishedAt.Year.ToString(CultureInfo.InvariantCulture);
        var title = $"{Pick(Agencies)} {Pick(Actions)} {Pick(Topics)} tại {Pick(Places)} năm {year}";
        var sentence = new StringBuilder();
        string Sentence()
        {
            sentence.Clear();
            var parts = Sentences[random.Next(Sentences.Length)];
            for (var i = 0; i < parts.Length; i++)
            {
                sentence.Append(i % 2 == 0 ? parts[i] : Fill(random, parts[i], year));
            }
            return sentence.ToString();
        }

        // Log-uniform sizes: many short articles, some long ones.
        var targetBytes = (int)(MinBodyBytes * Math.Pow((MaxBodyBytes - LastSentenceRoom) / (double)MinBodyBytes, random.NextDouble()));
        var paragraphs = new List<string>();
        var paragraph = new StringBuilder();
        for (var bytes = 0; bytes < targetBytes;)
        {
            var sentencesLeft = random.Next(3, 7);
            paragraph.Clear();
            for (; sentencesLeft > 0 && bytes < targetBytes; sentencesLeft--)
            {
                var next = Sentence();
                // Exact Markdown bytes: a space between sentences, a blank line between paragraphs.
                bytes += Encoding.UTF8.GetByteCount(next) + (paragraph.Length > 0 ? 1 : paragraphs.Count > 0 ? 2 : 0);
                paragraph.Append(paragraph.Length > 0 ? " " : "").Append(next);
            }
            paragraphs.Add(paragraph.ToString());
        }

        var html = new StringBuilder();
        foreach (var text in paragraphs)
        {
            html.Append("<p>").Append(Html.Encode(text)).Append("</p>\n");
        }
        return new GeneratedArticleText(title, Sentence(), string.Join("\n\n", paragraphs), html.ToString(), string.Join(' ', paragraphs), Pick(Authors));
    }

    private static string Fill(Random random, string slot, string year) => slot switch
    {
        "{year}" => year,
        "{n}" => VietnameseText.FormatCount(random.Next(2, 2500)),
        "{money}" => VietnameseText.FormatCount(random.Next(1, 5000)),
        "{percent}" => string.Create(CultureInfo.InvariantCulture, $"{random.Next(70, 100)},{random.Next(10)}"),
        "{quarter}" => random.Next(1, 5).ToString(CultureInfo.InvariantCulture),
        "{place}" => Places[random.Next(Places.Length)],
        "{topic}" => Topics[random.Next(Topics.Length)],
        "{name}" => Names[random.Next(Names.Length)],
        _ => throw new InvalidOperationException($"Unknown slot {slot}"),
    };

    [GeneratedRegex("(\\{[a-z]+\\})")]
    private static partial Regex Slot();
}
