using System.Net;
using Portal.Tests.Builders;
using Portal.Web.Consultations;
using Portal.Web.Feeds;
using Portal.Web.Publishing;

namespace Portal.Tests.Integration.Consultations;

/// <summary>
/// <c>/gop-y-du-thao</c> and a consultation's page: open ones first with the days left in Vietnam time, the state in
/// words, the draft's files, the published comments without an address, phone or organisation, every citizen's
/// field shown inert; drafts and scheduled ones answer 404.
/// </summary>
public sealed class ConsultationPagesTests : IDisposable
{
    private const string Xss = "<script>alert('x')</script><img src=x onerror=alert(1)>";

    private readonly PortalFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    private static DateTime Utc(int day, int hour, int minute = 0) => new(2026, 11, day, hour, minute, 0, DateTimeKind.Utc);

    [Fact]
    public async Task TheListPutsOpenOnesFirstThenUpcomingThenClosedWithTheirStateInWords()
    {
        // Now is 28/11/2026 10:00 in Vietnam (03:00 UTC).
        var closed = await _factory.AddConsultationAsync(new PublishedTestConsultation { Title = "Lấy ý kiến đã xong ABC", OpensAt = Utc(1, 0), ClosesAt = Utc(20, 0) });
        var upcoming = await _factory.AddConsultationAsync(new PublishedTestConsultation { Title = "Lấy ý kiến sắp mở ABC", OpensAt = Utc(30, 0), ClosesAt = Utc(30, 0).AddDays(20) });
        // Closing at 00:00 on 3/12 in Vietnam (17:00 UTC on 2/12): the last day is 2/12, four days after 28/11.
        var open = await _factory.AddConsultationAsync(new PublishedTestConsultation
        {
            Title = "Lấy ý kiến đang mở ABC", OpensAt = Utc(25, 0), ClosesAt = new DateTime(2026, 12, 2, 17, 0, 0, DateTimeKind.Utc),
            Comments = [new("Người A", "Một"), new("Người B", "Hai"), new("Người C", "Ba", CommentState.AwaitingModeration)],
        });
        var lastDay = await _factory.AddConsultationAsync(new PublishedTestConsultation { Title = "Lấy ý kiến ngày cuối ABC", OpensAt = Utc(20, 0), ClosesAt = Utc(28, 16, 59) });

        var html = await _factory.CreateBrowser().GetStringAsync(PublicUrls.ConsultationsRoute);
        var text = Html.Text(html);

        var positions = new[] { open.Title, lastDay.Title, upcoming.Title, closed.Title }.Select(t => text.IndexOf(t, StringComparison.Ordinal)).ToList();
        Assert.All(positions, p => Assert.True(p >= 0));
        Assert.True(positions[0] < positions[2] && positions[1] < positions[2] && positions[2] < positions[3], string.Join(",", positions));
        Assert.Contains($"{open.Title} Cơ quan soạn thảo:", text);
        Assert.Contains("Đang lấy ý kiến — còn 4 ngày 2 góp ý đã đăng", text);
        Assert.Contains("Đang lấy ý kiến — hôm nay là ngày cuối", text);
        Assert.Contains("Sắp mở", text);
        Assert.Contains("Đã kết thúc", text);
        Assert.Contains("Thời gian lấy ý kiến: 07:00 | 25/11/2026 – 00:00 | 03/12/2026", text);
        Assert.Contains("class=\"consultation-badge consultation-open\"", html);
    }

    [Fact]
    public async Task AtTheClosingSecondTheBadgeAndTheFormChange()
    {
        var closesAt = PortalFactory.Now.UtcDateTime.AddMinutes(10);
        var consultation = await _factory.AddConsultationAsync(new PublishedTestConsultation { ClosesAt = closesAt });
        var browser = _factory.CreateBrowser();

        var before = await browser.GetStringAsync(consultation.Path);
        _factory.Clock.SetUtcNow(closesAt);
        var after = await browser.GetStringAsync(consultation.Path);

        Assert.Contains("Đang lấy ý kiến — hôm nay là ngày cuối", Html.Text(before));
        Assert.Contains("id=\"gop-y\"", before);
        Assert.Contains("Đã kết thúc", Html.Text(after));
        Assert.DoesNotContain("id=\"gop-y\"", after);
        Assert.Contains("không nhận thêm góp ý", Html.Text(after));
    }

    [Fact]
    public async Task ThePageShowsTheDraftItsFilesSectionsAndCommentsWithoutAddressPhoneOrOrganisation()
    {
        var consultation = await _factory.AddConsultationAsync(new PublishedTestConsultation
        {
            Sections = ["Điều 1. Phạm vi", "Điều 2. Đối tượng"],
            PdfFiles = [("Dự thảo quy định.pdf", "Điều 1. Phạm vi điều chỉnh.")],
            Comments =
            [
                new("Trần Văn Hiện", "Góp ý có tên\nDòng thứ hai", Section: 1, Email: "hien@example.invalid", Phone: "0911222333", Organisation: "Hợp tác xã Bí Mật"),
                new("Lê Thị Ẩn", "Góp ý không tên", ShowName: false, Email: "an@example.invalid", Phone: "0944555666"),
                new("Chưa Duyệt", "Góp ý chờ duyệt", CommentState.AwaitingModeration),
                new("Bị Từ Chối", "Góp ý bị từ chối", CommentState.Rejected),
            ],
        });
        var browser = _factory.CreateBrowser();

        var html = await browser.GetStringAsync(consultation.Path);
        var text = Html.Text(html);

        Assert.Contains(consultation.Title, text);
        Assert.Contains("Cơ quan soạn thảo kính mời góp ý.", text);
        Assert.Contains("Điều 2. Đối tượng", text);
        Assert.Contains("Góp ý đã đăng (2)", text);
        Assert.Contains("Trần Văn Hiện", text);
        Assert.Contains("Về: Điều 2. Đối tượng", text);
        Assert.Contains("Góp ý có tên\nDòng thứ hai", WebUtility.HtmlDecode(html));
        Assert.Contains("Người góp ý", text);
        Assert.DoesNotContain("Lê Thị Ẩn", text);
        foreach (var hidden in new[] { "hien@example.invalid", "an@example.invalid", "0911222333", "0944555666", "Hợp tác xã Bí Mật", "Góp ý chờ duyệt", "Góp ý bị từ chối", "Chưa Duyệt" })
        {
            Assert.DoesNotContain(hidden, html);
        }
        var file = consultation.Files.Single();
        Assert.Contains($"href=\"{PublicUrls.ConsultationFilePath(file.Id, file.FileName)}\"", html);
        var served = await browser.GetAsync(PublicUrls.ConsultationFilePath(file.Id, file.FileName));
        Assert.Equal(HttpStatusCode.OK, served.StatusCode);
        Assert.Equal("application/pdf", served.Content.Headers.ContentType?.MediaType);
        Assert.Equal("inline", served.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal("Dự thảo quy định.pdf", served.Content.Headers.ContentDisposition?.FileNameStar);
        Assert.Equal("nosniff", string.Join("", served.Headers.GetValues("X-Content-Type-Options")));
        Assert.Equal($"\"{file.Hash}\"", served.Headers.ETag?.Tag);
        Assert.Equal(HttpStatusCode.NotFound, (await browser.GetAsync(PublicUrls.ConsultationFilePath(file.Id, "khac.pdf"))).StatusCode);
        // The form, with its section choice and its limit.
        Assert.Contains("name=\"Input.SectionId\"", html);
        Assert.Contains($"maxlength=\"{ConsultationComment.TextMaxLength}\"", html);
        Assert.Contains("name=\"Input.Who.Consent\"", html);
        Assert.Contains("Nghị định 13/2023/NĐ-CP", text);
    }

    [Fact]
    public async Task EveryCitizensFieldAndTheTitleAreShownInert()
    {
        var consultation = await _factory.AddConsultationAsync(new PublishedTestConsultation
        {
            Title = "Dự thảo " + Xss,
            Explanation = "Thuyết minh " + Xss,
            Sections = ["Phần " + Xss],
            Comments = [new("Tên " + Xss, "Nội dung " + Xss + " https://lua-dao.example/", Section: 0, Organisation: Xss)],
        });
        var browser = _factory.CreateBrowser();

        var page = await browser.GetStringAsync(consultation.Path);
        var list = await browser.GetStringAsync(PublicUrls.ConsultationsRoute);

        foreach (var html in new[] { page, list })
        {
            Assert.DoesNotContain("<script>alert", html);
            Assert.DoesNotContain("<img src=x", html);
        }
        Assert.Contains("&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;", page);
        Assert.DoesNotContain("href=\"https://lua-dao.example/", page);
        Assert.Contains("Tên " + Xss, Html.Text(page));
    }

    [Fact]
    public async Task DraftsScheduledAndUnknownConsultationsAreNotFoundAndAWrongSlugRedirects()
    {
        var draft = await _factory.AddConsultationAsync(new PublishedTestConsultation { Status = PublicationStatus.Draft, PublishedAt = null, PdfFiles = [("a.pdf", "Điều 1.")] });
        var scheduled = await _factory.AddConsultationAsync(new PublishedTestConsultation { PublishedAt = PortalFactory.Now.UtcDateTime.AddHours(2) });
        var unpublished = await _factory.AddConsultationAsync(new PublishedTestConsultation { Status = PublicationStatus.Unpublished });
        var visible = await _factory.AddConsultationAsync(new PublishedTestConsultation());
        var browser = _factory.CreateBrowser();

        foreach (var hidden in new[] { draft, scheduled, unpublished })
        {
            Assert.Equal(HttpStatusCode.NotFound, (await browser.GetAsync(hidden.Path)).StatusCode);
            Assert.DoesNotContain(hidden.Title, await browser.GetStringAsync(PublicUrls.ConsultationsRoute));
        }
        Assert.Equal(HttpStatusCode.NotFound, (await browser.GetAsync(PublicUrls.ConsultationFilePath(draft.Files[0].Id, "a.pdf"))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await browser.GetAsync("/gop-y-du-thao/999999/khong-co")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await browser.GetAsync(visible.Path + "?trang=abc")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await browser.GetAsync(visible.Path + "?trang=9")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await browser.GetAsync(PublicUrls.ConsultationsRoute + "?trang=999")).StatusCode);

        var wrong = await browser.GetAsync($"/gop-y-du-thao/{visible.Id}/sai-duong-dan");
        Assert.Equal(HttpStatusCode.MovedPermanently, wrong.StatusCode);
        Assert.Equal(visible.Path, wrong.Headers.Location?.OriginalString);

        _factory.Clock.SetUtcNow(PortalFactory.Now.AddHours(3));
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync(scheduled.Path)).StatusCode);
    }

    [Fact]
    public async Task AnOpenConsultationsPageIsRenderedForEachRequestAndAClosedOneIsCached()
    {
        var open = await _factory.AddConsultationAsync(new PublishedTestConsultation());
        var closed = await _factory.AddConsultationAsync(new PublishedTestConsultation { OpensAt = Utc(1, 0), ClosesAt = Utc(10, 0) });
        var reader = _factory.CreateBrowser(handleCookies: false);

        var first = await reader.GetAsync(open.Path);
        var second = await reader.GetAsync(open.Path);
        Assert.Contains("no-store", first.Headers.CacheControl?.ToString());
        Assert.NotEqual(Newsroom.AntiforgeryToken(await first.Content.ReadAsStringAsync()), Newsroom.AntiforgeryToken(await second.Content.ReadAsStringAsync()));
        Assert.False(second.Headers.Contains("Age"));

        await reader.GetAsync(closed.Path);
        var again = await reader.GetAsync(closed.Path);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.True(again.Headers.Contains("Age"), "a closed consultation's page comes from the cache the second time");
        Assert.DoesNotContain("__RequestVerificationToken", await again.Content.ReadAsStringAsync());
    }
}
