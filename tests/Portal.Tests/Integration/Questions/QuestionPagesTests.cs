using System.Net;
using System.Xml.Linq;
using Portal.Tests.Builders;

namespace Portal.Tests.Integration.Questions;

/// <summary>/hoi-dap and a question's page: what is published with consent, its filters, search without diacritics, feed and sitemap, the seeds.</summary>
public sealed class QuestionPagesTests : IDisposable
{
    private static readonly XNamespace Sitemap = "http://www.sitemaps.org/schemas/sitemap/0.9";

    private readonly PortalFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task TheSeedsShowAnsweredQuestionsNewestFirstAndNonePending()
    {
        using var reader = _factory.CreateBrowser();
        var list = WebUtility.HtmlDecode(await reader.GetStringAsync("/hoi-dap"));

        var titles = new[]
        {
            "Chuyển trường cho học sinh tiểu học từ tỉnh khác về tỉnh",
            "Nhà ở riêng lẻ ở nông thôn có cần xin giấy phép xây dựng?",
            "Thủ tục cấp giấy chứng nhận quyền sử dụng đất lần đầu cho đất ở do ông bà để lại",
        };
        var positions = titles.Select(t => list.IndexOf(t, StringComparison.Ordinal)).ToList();
        Assert.All(positions, p => Assert.True(p > 0));
        Assert.Equal(positions.Order(), positions);
        Assert.DoesNotContain("example.invalid", list);
        var seeded = await _factory.WithDbAsync(db => Task.FromResult(db.Questions.ToList()));
        Assert.InRange(seeded.Count, 4, 6);
        Assert.All(seeded, q => Assert.NotNull(q.AnsweredAt));
        Assert.All(seeded, q => Assert.EndsWith("@example.invalid", q.Email));
        Assert.Empty(await _factory.WithDbAsync(db => Task.FromResult(db.OutboxMessages.Where(m => m.ToAddress.EndsWith("@example.invalid")).ToList())));

        var hidden = seeded.First(q => !q.ShowName);
        var page = WebUtility.HtmlDecode(await reader.GetStringAsync($"/hoi-dap/{hidden.Id}/{hidden.Slug}"));
        Assert.Contains("Người hỏi", page);
        Assert.DoesNotContain(hidden.Name, page);
    }

    [Fact]
    public async Task WordsFindQuestionsWithoutDiacriticsAndTheSearchPageHasTheKind()
    {
        var title = QuestionBuilder.NewTitle("Hỏi về giấy phép lái xe");
        var question = await _factory.AnsweredQuestionAsync(title, "Đổi giấy phép lái xe tại Sở Giao thông vận tải.");
        using var reader = _factory.CreateBrowser();

        var found = WebUtility.HtmlDecode(await reader.GetStringAsync("/hoi-dap?q=doi+giay+phep+lai+xe"));
        Assert.Contains(title, found);
        Assert.DoesNotContain("Chuyển trường cho học sinh", found);

        var search = WebUtility.HtmlDecode(await reader.GetStringAsync("/search?q=giay+phep+lai+xe&loai=hoi-dap"));
        Assert.Contains(title, search);
        Assert.Contains($"/hoi-dap/{question.Id}/{question.Slug}", search);
    }

    [Fact]
    public async Task FiltersByFieldAndAgencyAndBadValuesAreIgnoredWithAMessageOrRefused()
    {
        var title = QuestionBuilder.NewTitle("Hỏi lọc");
        var question = await _factory.AnsweredQuestionAsync(title);
        using var reader = _factory.CreateBrowser();

        Assert.Contains(title, WebUtility.HtmlDecode(await reader.GetStringAsync($"/hoi-dap?linh-vuc={question.FieldId}&co-quan={question.AgencyId}")));
        var otherAgency = await _factory.WithDbAsync(db => Task.FromResult(db.DocumentIssuers.First(i => i.Id != question.AgencyId).Id));
        Assert.DoesNotContain(title, WebUtility.HtmlDecode(await reader.GetStringAsync($"/hoi-dap?co-quan={otherAgency}")));

        var unknown = WebUtility.HtmlDecode(await reader.GetStringAsync("/hoi-dap?linh-vuc=999999&co-quan=abc"));
        Assert.Contains("Không có lĩnh vực như đã chọn", unknown);
        Assert.Contains("Cơ quan trả lời “abc” không hợp lệ", unknown);
        Assert.Contains(title, unknown);

        Assert.Equal(HttpStatusCode.BadRequest, (await reader.GetAsync("/hoi-dap?q=" + new string('a', 1001))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await reader.GetAsync("/hoi-dap?trang=999")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await reader.GetAsync($"/hoi-dap/{int.MaxValue}/x")).StatusCode);
        var moved = await _factory.CreateBrowser().GetAsync($"/hoi-dap/{question.Id}/sai-slug");
        Assert.Equal(HttpStatusCode.MovedPermanently, moved.StatusCode);
    }

    [Fact]
    public async Task AnUnansweredQuestionIsNowhereAndAnAnsweredOneIsInTheFeedAndSitemap()
    {
        var pending = await _factory.ConfirmedQuestionAsync(QuestionBuilder.NewTitle("Hỏi chưa trả lời"));
        var answered = await _factory.AnsweredQuestionAsync(QuestionBuilder.NewTitle("Hỏi đã trả lời"));
        using var reader = _factory.CreateBrowser();

        Assert.Equal(HttpStatusCode.NotFound, (await reader.GetAsync($"/hoi-dap/{pending.Id}/{pending.Slug}")).StatusCode);
        Assert.DoesNotContain(pending.Title, await reader.GetStringAsync("/hoi-dap"));
        var locations = XDocument.Parse(await reader.GetStringAsync("/sitemap.xml")).Root!.Elements(Sitemap + "url")
            .Select(u => u.Element(Sitemap + "loc")!.Value).ToList();
        Assert.Contains("http://localhost/hoi-dap", locations);
        Assert.Contains($"http://localhost/hoi-dap/{answered.Id}/{answered.Slug}", locations);
        Assert.DoesNotContain($"http://localhost/hoi-dap/{pending.Id}/{pending.Slug}", locations);
        var feed = await reader.GetStringAsync("/feed.xml");
        Assert.Contains($"/hoi-dap/{answered.Id}/{answered.Slug}", feed);
        Assert.DoesNotContain(answered.Email, feed);
    }

    [Fact]
    public async Task PublishingEvictsTheCachedList()
    {
        using var reader = _factory.CreateBrowser(handleCookies: false);
        await reader.GetStringAsync("/hoi-dap");
        var answered = await _factory.AnsweredQuestionAsync(QuestionBuilder.NewTitle("Hỏi mới đăng"));
        Assert.Contains(answered.Title, WebUtility.HtmlDecode(await reader.GetStringAsync("/hoi-dap")));
    }
}
