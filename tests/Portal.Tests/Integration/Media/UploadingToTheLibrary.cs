using System.Net;
using AngleSharp.Html.Parser;
using Portal.Tests.Builders;
using Portal.Web.Auditing;

namespace Portal.Tests.Integration;

public sealed class UploadingToTheLibrary(AdministratorFixture admin) : IClassFixture<AdministratorFixture>
{
    [Fact]
    public async Task AnUploadedPhotoIsListedWithItsThumbnailItsWordsAndTheMarkdownThatShowsIt()
    {
        var tag = AdministratorFixture.UniqueTag();

        var photo = await admin.Browser.UploadAsync(admin.Factory, $"Cầu Cửa Lấp {tag}", $"Cầu mới thông xe {tag}", "Minh Khôi");

        var list = new HtmlParser().ParseDocument(await admin.AdminPageAsync(MediaLibrary.ListUrl));
        var card = list.QuerySelectorAll(".photo-card").Single(c => c.TextContent.Contains($"Ảnh số {photo.Id}", StringComparison.Ordinal));
        Assert.Contains($"Cầu mới thông xe {tag}", card.TextContent);
        Assert.Contains("Ảnh: Minh Khôi", card.TextContent);
        Assert.Contains($"Chèn vào bài: ![Cầu Cửa Lấp {tag}](/anh/{photo.Id})", card.TextContent);
        Assert.Contains("Chưa dùng trong bài nào.", card.TextContent);
        var thumbnail = card.QuerySelector("img")!;
        var smallest = photo.Variants.Where(v => v.Format == "jpeg").MinBy(v => v.Width)!;
        Assert.Equal(320, smallest.Width);
        Assert.Contains($"/anh/{smallest.Hash}.jpg 320w", thumbnail.GetAttribute("srcset"));
        Assert.Equal($"Cầu Cửa Lấp {tag}", thumbnail.GetAttribute("alt"));
        Assert.Equal("lazy", thumbnail.GetAttribute("loading"));
    }

    [Fact]
    public async Task TheUploadIsRecordedInTheAuditLog()
    {
        var photo = await admin.Browser.UploadAsync(admin.Factory, $"Lễ khánh thành {AdministratorFixture.UniqueTag()}");

        var entry = Assert.Single(await admin.AuditEntriesAsync(AuditActions.PhotoUploaded, $"ảnh #{photo.Id} {photo.AltText}"));
        Assert.Equal(admin.Email, entry.UserName);
    }

    [Fact]
    public async Task APngIsAcceptedWhateverItsName()
    {
        var photo = await admin.Browser.UploadAsync(admin.Factory, $"Sơ đồ {AdministratorFixture.UniqueTag()}", file: TestImages.Png(700, 500));

        Assert.Equal((700, 500), (photo.Width, photo.Height));
    }

    // The files are made by name when the test runs: a theory row holding 10 MB is serialised at discovery, and
    // made a test host of several gigabytes.
    private static readonly Dictionary<string, Func<byte[]?>> Files = new()
    {
        ["no file"] = () => null,
        ["a 0-byte file"] = () => [],
        ["an HTML page renamed .jpg"] = () => "<!DOCTYPE html><html><body><script>alert(1)</script></body></html>"u8.ToArray(),
        ["an SVG with a script"] = () => "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>"u8.ToArray(),
        ["a truncated JPEG"] = TestImages.TruncatedJpeg,
        ["a file over 10 MB"] = () => new byte[10 * 1024 * 1024 + 1],
    };

    public static TheoryData<string, string, string> RefusedFiles => new()
    {
        { "no file", "anh.jpg", "Xin chọn tệp ảnh để tải lên." },
        { "a 0-byte file", "anh.jpg", "Tệp trống." },
        { "an HTML page renamed .jpg", "anh.jpg", "Tệp không phải ảnh JPEG, PNG hay WebP." },
        { "an SVG with a script", "anh.svg", "Tệp không phải ảnh JPEG, PNG hay WebP." },
        { "a truncated JPEG", "anh.jpg", "Tệp ảnh bị hỏng hoặc không đầy đủ." },
        { "a file over 10 MB", "anh.jpg", "Tệp lớn hơn 10 MB." },
    };

    [Theory]
    [MemberData(nameof(RefusedFiles))]
    public async Task ARefusedFileComesBackWithItsReasonAndTheWordsTyped(string what, string fileName, string message)
    {
        var file = Files[what]();
        var tag = AdministratorFixture.UniqueTag();
        var before = await admin.Factory.PhotoCountAsync();

        var response = await admin.Browser.PostWithFileAsync(MediaLibrary.UploadUrl,
            MediaLibrary.Words($"Mô tả {tag}", $"Chú thích {tag}", $"Tác giả {tag}"), "Input.File", file, fileName);

        var html = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{what}: {(int)response.StatusCode}");
        Assert.Equal(message, MediaLibrary.FieldError(html, "Input.File"));
        Assert.Equal($"Mô tả {tag}", AdministratorFixture.InputValue(html, "Input.AltText"));
        Assert.Equal($"Chú thích {tag}", AdministratorFixture.InputValue(html, "Input.Caption"));
        Assert.Equal($"Tác giả {tag}", AdministratorFixture.InputValue(html, "Input.Credit"));
        Assert.Equal(before, await admin.Factory.PhotoCountAsync());
    }

    [Fact]
    public async Task APhotoWithoutAlternativeTextIsRefusedAndTheCaptionKept()
    {
        var before = await admin.Factory.PhotoCountAsync();

        var response = await admin.Browser.PostWithFileAsync(MediaLibrary.UploadUrl,
            MediaLibrary.Words("  ", "Toàn cảnh hội nghị", "Thu Hà"), "Input.File", TestImages.Jpeg(800, 600));

        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Xin nhập lời mô tả ảnh (văn bản thay thế).", MediaLibrary.FieldError(html, "Input.AltText"));
        Assert.Equal("Toàn cảnh hội nghị", AdministratorFixture.InputValue(html, "Input.Caption"));
        Assert.Equal(before, await admin.Factory.PhotoCountAsync());
    }

    [Fact]
    public async Task AFormOfFiftyMegabytesIsRefusedBeforeItIsRead()
    {
        var response = await admin.Browser.PostWithFileAsync(MediaLibrary.UploadUrl, MediaLibrary.Words("Ảnh rất lớn"), "Input.File", new byte[50 * 1024 * 1024]);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Contains("Dữ liệu quá lớn", Html.Text(await response.Content.ReadAsStringAsync()));
    }
}
