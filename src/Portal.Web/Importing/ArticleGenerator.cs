using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.EntityFrameworkCore;
using Portal.Web.Articles;
using Portal.Web.Categories;
using Portal.Web.Data;
using Portal.Web.Localization;
using Portal.Web.Search;

namespace Portal.Web.Importing;

/// <summary>
/// Fills a database with realistic Vietnamese articles for load tests and search tests: the same seed gives
/// the same articles. Plain paragraphs only, so the HTML is written directly (trusted text, encoded) rather
/// than through the Markdown pipeline, which keeps 100,000 articles within two minutes.
/// </summary>
public sealed class ArticleGenerator(PortalDbContext db, IArticleSearch search, TimeProvider time, ILogger<ArticleGenerator> logger)
{
    private const int BatchSize = 1000;

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

    private static readonly string[] Sentences =
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
    ];

    private static readonly string[] Names = ["Trương Minh Khiêm", "Lâm Quốc Bảo", "Võ Đình Trí", "Đoàn Thị Hải Yến", "Nghiêm Xuân Hòa"];

    private static readonly string[] CategoryNames =
    [
        "Tin tức - Sự kiện", "Chỉ đạo - Điều hành", "Hoạt động Sở - Ban - Ngành", "Kinh tế - Đầu tư", "Văn hóa - Xã hội",
        "Giáo dục - Đào tạo", "Y tế - Sức khỏe", "Quốc phòng - An ninh", "Nông nghiệp - Nông thôn", "Du lịch",
        "Khoa học - Công nghệ", "Tài nguyên - Môi trường", "Giao thông - Xây dựng", "Lao động - Việc làm", "Cải cách hành chính",
        "Chuyển đổi số", "Thông báo", "Văn bản mới", "Hỏi đáp", "Người tốt việc tốt",
    ];

    private static readonly string[] Authors = ["Minh Châu", "Hải Đăng", "Ngọc Hân", "Thùy Dương", "Quang Vinh", "Phòng Thông tin - Sở Nội vụ"];

    /// <summary>Adds <paramref name="count"/> published articles across at least <paramref name="categoryCount"/> categories.</summary>
    public async Task<int> GenerateAsync(int count, int categoryCount, int seed = 2026, CancellationToken cancellationToken = default)
    {
        var random = new Random(seed);
        var categories = await EnsureCategoriesAsync(categoryCount, cancellationToken);
        var now = time.GetUtcNow().UtcDateTime;
        var serial = await db.Articles.CountAsync(cancellationToken);
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        for (var done = 0; done < count; done += BatchSize)
        {
            var batch = Math.Min(BatchSize, count - done);
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var articles = new List<Article>(batch);
            for (var i = 0; i < batch; i++)
            {
                serial++;
                articles.Add(Article(random, categories[random.Next(categories.Count)].Id, now.AddMinutes(-random.Next(5 * 365 * 24 * 60)), serial));
            }
            db.Articles.AddRange(articles);
            await db.SaveChangesAsync(cancellationToken);
            await search.IndexNewAsync(articles, cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            db.ChangeTracker.Clear();
            logger.LogInformation("Generated {Done} of {Count} articles", done + batch, count);
        }
        db.ChangeTracker.AutoDetectChangesEnabled = true;
        return count;
    }

    private async Task<List<Category>> EnsureCategoriesAsync(int categoryCount, CancellationToken cancellationToken)
    {
        var categories = await db.Categories.OrderBy(c => c.SortOrder).ToListAsync(cancellationToken);
        for (var n = categories.Count; n < categoryCount; n++)
        {
            var name = n < CategoryNames.Length ? CategoryNames[n] : $"Chuyên mục {n + 1}";
            var slug = SlugGenerator.FromTitle(name);
            if (categories.Any(c => c.Slug == slug))
            {
                name = $"{name} {n + 1}";
                slug = SlugGenerator.FromTitle(name);
            }
            var category = new Category { Name = name, Slug = slug, SortOrder = n + 1 };
            db.Categories.Add(category);
            categories.Add(category);
        }
        await db.SaveChangesAsync(cancellationToken);
        return categories;
    }

    private static Article Article(Random random, int categoryId, DateTime publishedAt, int serial)
    {
        string Pick(string[] items) => items[random.Next(items.Length)];
        var year = publishedAt.Year.ToString(CultureInfo.InvariantCulture);
        var title = $"{Pick(Agencies)} {Pick(Actions)} {Pick(Topics)} tại {Pick(Places)} năm {year}";
        string Sentence() => Pick(Sentences)
            .Replace("{year}", year, StringComparison.Ordinal)
            .Replace("{n}", VietnameseText.FormatCount(random.Next(2, 2500)), StringComparison.Ordinal)
            .Replace("{money}", VietnameseText.FormatCount(random.Next(1, 5000)), StringComparison.Ordinal)
            .Replace("{percent}", $"{random.Next(70, 100)},{random.Next(10)}", StringComparison.Ordinal)
            .Replace("{quarter}", random.Next(1, 5).ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("{place}", Pick(Places), StringComparison.Ordinal)
            .Replace("{topic}", Pick(Topics), StringComparison.Ordinal)
            .Replace("{name}", Pick(Names), StringComparison.Ordinal);

        // 2-15 KB of body, like real articles.
        var targetLength = random.Next(2_000, 15_000);
        var markdown = new StringBuilder();
        var html = new StringBuilder();
        while (markdown.Length < targetLength)
        {
            var paragraph = string.Join(' ', Enumerable.Range(0, random.Next(3, 7)).Select(_ => Sentence()));
            markdown.Append(paragraph).Append("\n\n");
            html.Append("<p>").Append(Html.Encode(paragraph)).Append("</p>\n");
        }
        return new Article
        {
            Title = title,
            Slug = SlugGenerator.WithSuffix(SlugGenerator.FromTitle(title), $"-g{serial}"),
            Summary = Sentence(),
            BodyMarkdown = markdown.ToString().TrimEnd(),
            BodyHtml = html.ToString(),
            Author = Pick(Authors),
            CategoryId = categoryId,
            Status = ArticleStatus.Published,
            PublishedAt = publishedAt,
            CreatedAt = publishedAt,
            UpdatedAt = publishedAt,
            UpdatedBy = ArticleService.SystemUser,
            Version = Guid.NewGuid(),
        };
    }
}
