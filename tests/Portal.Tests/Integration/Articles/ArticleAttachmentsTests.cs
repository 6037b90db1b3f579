using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Portal.Tests.Builders;
using Portal.Tests.Unit.LegalDocuments;
using Portal.Web.LegalDocuments;
using Portal.Web.LegalDocuments.Files;

namespace Portal.Tests.Integration.Articles;

/// <summary>
/// Files attached to an article: checked as legal documents' files are, kept through a refused save, listed under the
/// published article with type and size, served under their Vietnamese names, and only while citizens may read it.
/// </summary>
public sealed class ArticleAttachmentsTests(EditorAndApprover fixture) : IClassFixture<EditorAndApprover>
{
    private const string NewArticle = "/admin/articles/edit";
    private readonly PortalFactory _factory = fixture.Factory;
    private readonly HttpClient _editor = fixture.Editor;
    private readonly HttpClient _approver = fixture.Approver;

    private static byte[] Pdf => SimplePdf.Write("Kế hoạch", ["Điều 1. Tổ chức diễn tập."]);

    [Fact]
    public async Task AnEditorAttachesEachTypeAndACitizenDownloadsThemWithTheirVietnameseNames()
    {
        var id = await SaveNewAsync(new ArticleFormBuilder(), [("Kế hoạch diễn tập.pdf", Pdf), ("Danh sách đơn vị.docx", TestFiles.Docx(["Đơn vị tham gia"])),
            ("Biểu tổng hợp.xlsx", TestFiles.Xlsx("Biểu 1", [["Huyện", "Số hộ"], ["Tháp Mười", "1200"]]))]);
        await PublishAsync(id);
        using var citizen = _factory.CreateBrowser();

        var page = Html.Text(await citizen.GetStringAsync(await AddressAsync(id)));
        Assert.Contains("Tệp đính kèm", page);
        Assert.Contains("Kế hoạch diễn tập.pdf (PDF, ", page);
        Assert.Contains("Danh sách đơn vị.docx (Word, ", page);
        Assert.Contains("Biểu tổng hợp.xlsx (Excel, ", page);

        var pdf = (await AttachmentsAsync(id))[0];
        var download = await citizen.GetAsync($"/bai-viet/tep/{pdf.Id}/{Uri.EscapeDataString("Kế hoạch diễn tập.pdf")}");
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal("application/pdf", download.Content.Headers.ContentType!.MediaType);
        var disposition = download.Content.Headers.ContentDisposition!;
        Assert.Equal(("inline", "Kế hoạch diễn tập.pdf", "Ke hoach dien tap.pdf"), (disposition.DispositionType, disposition.FileNameStar, disposition.FileName));
        Assert.Equal("nosniff", download.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.True(download.Headers.CacheControl?.Public);
        Assert.Equal(TimeSpan.FromHours(1), download.Headers.CacheControl?.MaxAge);
        Assert.Equal(Pdf.Length, (await download.Content.ReadAsByteArrayAsync()).Length);
    }

    public static TheoryData<string, string, byte[], string> HostileFiles => new()
    {
        { "a PDF with JavaScript", "Tờ trình.pdf", RawPdf.OnePage("/OpenAction << /S /JavaScript /JS (app.alert(1)) >>"), DocumentFileMessages.Script("Tờ trình.pdf") },
        { "a program named .pdf", "Báo cáo.pdf", [0x4D, 0x5A, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00], DocumentFileMessages.NotWhatItsNameSays("Báo cáo.pdf", DocumentFileFormat.Pdf) },
        { "a program", "setup.exe", [0x4D, 0x5A, 0x90, 0x00], DocumentFileMessages.NotAllowed("setup.exe") },
        { "a DOCX with a macro", "Phụ lục.docx", HostileOfficeFilesAreRefused.Add(TestFiles.Docx(["Điều 1."]), "word/vbaProject.bin", [0xD0, 0xCF, 0x11, 0xE0]), DocumentFileMessages.Macro("Phụ lục.docx") },
        { "an XLSM named .xlsx", "Biểu.xlsx", HostileOfficeFilesAreRefused.Replace(TestFiles.Xlsx("Biểu", [["1"]]), "[Content_Types].xml",
            s => s.Replace("openxmlformats-officedocument.spreadsheetml.sheet.main+xml", "ms-excel.sheet.macroEnabled.main+xml", StringComparison.Ordinal)), DocumentFileMessages.Macro("Biểu.xlsx") },
        { "a zip bomb", "Số liệu.xlsx", HostileOfficeFilesAreRefused.WithEntry(TestFiles.Xlsx("Biểu", [["1"]]), "xl/media/zeros.bin", 50L * 1024 * 1024), DocumentFileMessages.Bomb("Số liệu.xlsx") },
        { "an HTML page named .docx", "Thư mời.docx", TestImages.Html(), DocumentFileMessages.NotWhatItsNameSays("Thư mời.docx", DocumentFileFormat.Docx) },
    };

    [Theory]
    [MemberData(nameof(HostileFiles))]
    public async Task AHostileFileIsRefusedWithAMessageAndTheFormKeepsWhatWasTyped(string what, string name, byte[] content, string message)
    {
        var before = await _factory.WithDbAsync(db => db.ArticleAttachments.CountAsync());
        var form = new ArticleFormBuilder { Title = $"Bài có tệp xấu: {what}" };

        var response = await _editor.PostWithFilesAsync(NewArticle, form.Build(), [(name, content)]);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains(message, Html.Text(html));
        Assert.Contains($"Bài có tệp xấu: {what}", html);
        Assert.Equal(before, await _factory.WithDbAsync(db => db.ArticleAttachments.CountAsync()));
        Assert.False(await _factory.WithDbAsync(db => db.Articles.AnyAsync(a => a.Title == form.Title)));
    }

    [Fact]
    public async Task AFileOverTheSizeLimitIsRefusedWithAMessage()
    {
        var oversized = new byte[LegalDocumentFile.MaxLength + 1];
        "%PDF-1.4"u8.CopyTo(oversized);

        var response = await _editor.PostWithFilesAsync(NewArticle, new ArticleFormBuilder { Title = "Bài có tệp quá lớn" }.Build(), [("Bản đồ.pdf", oversized)]);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Tệp \"Bản đồ.pdf\" lớn hơn 30 MB", Html.Text(await response.Content.ReadAsStringAsync()));
    }

    [Fact]
    public async Task ANameWithAFolderAndControlCharactersIsKeptAsItsNameAlone()
    {
        var id = await SaveNewAsync(new ArticleFormBuilder(), [("C:\\Users\\Lan\\Tài liệu\\Báo\u0007 cáo\u0001 quý.pdf", Pdf)]);

        Assert.Equal("Báo cáo quý.pdf", (await AttachmentsAsync(id)).Single().FileName);
    }

    [Fact]
    public async Task ADraftsFileAndAnUnknownFileAreNotFound()
    {
        var id = await SaveNewAsync(new ArticleFormBuilder(), [("Dự thảo.pdf", Pdf)]);
        var file = (await AttachmentsAsync(id)).Single();
        using var citizen = _factory.CreateBrowser();

        Assert.Equal(HttpStatusCode.NotFound, (await citizen.GetAsync($"/bai-viet/tep/{file.Id}/{Uri.EscapeDataString(file.FileName)}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await citizen.GetAsync($"/bai-viet/tep/999999/{Uri.EscapeDataString(file.FileName)}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await _editor.GetAsync($"/admin/articles/attachments/{file.Id}")).StatusCode);
        Assert.NotEqual(HttpStatusCode.OK, (await citizen.GetAsync($"/admin/articles/attachments/{file.Id}")).StatusCode);

        await PublishAsync(id);
        Assert.Equal(HttpStatusCode.OK, (await citizen.GetAsync($"/bai-viet/tep/{file.Id}/{Uri.EscapeDataString(file.FileName)}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await citizen.GetAsync($"/bai-viet/tep/{file.Id}/khac.pdf")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await _approver.ReviewAsync(id, "Unpublish")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await citizen.GetAsync($"/bai-viet/tep/{file.Id}/{Uri.EscapeDataString(file.FileName)}")).StatusCode);
    }

    [Fact]
    public async Task AFileUploadedWithARefusedSaveIsKeptAndSavedWithTheArticleNextTime()
    {
        var form = new ArticleFormBuilder { Title = "" }.Build();

        var refused = await _editor.PostWithFilesAsync(NewArticle, form, [("Giấy mời.pdf", Pdf)]);

        var html = await refused.Content.ReadAsStringAsync();
        Assert.Contains("Xin nhập tiêu đề.", Html.Text(html));
        var ids = AttachmentForms.AttachmentIds(html);
        Assert.Single(ids);
        Assert.Contains("Giấy mời.pdf", Html.Text(html));

        form["Input.Title"] = "Giấy mời dự hội nghị tổng kết";
        var saved = await _editor.PostWithFilesAsync(NewArticle, form.Append(new("Input.AttachmentIds", ids[0].ToString(System.Globalization.CultureInfo.InvariantCulture))));

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var article = await _factory.WithDbAsync(db => db.Articles.SingleAsync(a => a.Title == "Giấy mời dự hội nghị tổng kết"));
        Assert.Equal(ids, (await AttachmentsAsync(article.Id)).Select(a => a.Id));
        Assert.Contains("thêm 1 tệp đính kèm", await _factory.WithDbAsync(db => db.ArticleRevisions.Where(r => r.ArticleId == article.Id).Select(r => r.Note).SingleAsync()));
    }

    [Fact]
    public async Task AFileTickedGoLeavesTheArticleWhenItIsSaved()
    {
        var id = await SaveNewAsync(new ArticleFormBuilder(), [("Giữ lại.pdf", Pdf), ("Gỡ đi.docx", TestFiles.Docx(["Gỡ"]))]);
        var files = await AttachmentsAsync(id);
        var page = await _editor.GetStringAsync($"/admin/articles/edit/{id}");
        var fields = NewsroomArticles.FormFields(page).Where(f => !f.Key.StartsWith("Input.AttachmentIds", StringComparison.Ordinal) && f.Key != "Input.DetachIds")
            .Concat(files.Select(f => new KeyValuePair<string, string>("Input.AttachmentIds", f.Id.ToString(System.Globalization.CultureInfo.InvariantCulture))))
            .Append(new("Input.DetachIds", files[1].Id.ToString(System.Globalization.CultureInfo.InvariantCulture)));

        var saved = await _editor.PostWithFilesAsync($"/admin/articles/edit/{id}", fields);

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal(["Giữ lại.pdf"], (await AttachmentsAsync(id)).Select(a => a.FileName));
        Assert.False(await _factory.WithDbAsync(db => db.ArticleAttachments.AnyAsync(a => a.Id == files[1].Id)));
    }

    [Fact]
    public async Task AnotherArticlesFileCannotBeTakenByAForm()
    {
        var other = await SaveNewAsync(new ArticleFormBuilder { Title = "Bài của người khác" }, [("Của bài khác.pdf", Pdf)]);
        var theirs = (await AttachmentsAsync(other)).Single();
        var form = new ArticleFormBuilder { Title = "Bài lấy tệp của bài khác" }.Build()
            .Append(new("Input.AttachmentIds", theirs.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)));

        var response = await _editor.PostWithFilesAsync(NewArticle, form);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains($"Không có tệp đính kèm số {theirs.Id}", Html.Text(await response.Content.ReadAsStringAsync()));
        Assert.Equal(other, (await AttachmentsAsync(other)).Single().ArticleId);
    }

    [Fact]
    public async Task TheEditorsButtonUploadsAFileAndGetsALinkToInsert()
    {
        var answer = await _editor.PostWithFilesAsync(NewArticle, [], [("Quyết định [số 5].pdf", Pdf)], handler: "Attachment", fileField: "file");

        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        using var json = JsonDocument.Parse(await answer.Content.ReadAsStringAsync());
        var id = json.RootElement.GetProperty("id").GetInt32();
        Assert.Equal("PDF", json.RootElement.GetProperty("kind").GetString());
        Assert.Equal($"[Quyết định \\[số 5\\].pdf](/bai-viet/tep/{id}/Quy%E1%BA%BFt%20%C4%91%E1%BB%8Bnh%20%5Bs%E1%BB%91%205%5D.pdf)", json.RootElement.GetProperty("markdown").GetString());

        var hostile = await _editor.PostWithFilesAsync(NewArticle, [], [("Tờ trình.pdf", RawPdf.OnePage("/OpenAction << /S /JavaScript /JS (app.alert(1)) >>"))], handler: "Attachment", fileField: "file");
        Assert.Equal(HttpStatusCode.BadRequest, hostile.StatusCode);
        Assert.Contains(DocumentFileMessages.Script("Tờ trình.pdf"), await hostile.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task AnUploadWithoutTheFormsTokenOrBySomeoneSignedOutIsRefused()
    {
        using var content = new MultipartFormDataContent { { new ByteArrayContent(Pdf), "file", "x.pdf" } };
        using var stranger = _factory.CreateBrowser();

        Assert.Equal(HttpStatusCode.BadRequest, (await _editor.PostAsync($"{NewArticle}?handler=Attachment", content)).StatusCode);
        Assert.NotEqual(HttpStatusCode.OK, (await stranger.PostAsync($"{NewArticle}?handler=Attachment", content)).StatusCode);
    }

    private async Task<int> SaveNewAsync(ArticleFormBuilder form, IEnumerable<(string Name, byte[] Content)> files)
    {
        var response = await _editor.PostWithFilesAsync(NewArticle, form.Build(), files, handler: "Submit");
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, Html.Text(await response.Content.ReadAsStringAsync()));
        return int.Parse(response.Headers.Location!.OriginalString.Split('/')[^1], System.Globalization.CultureInfo.InvariantCulture);
    }

    private async Task PublishAsync(int id) => Assert.Equal(HttpStatusCode.Redirect, (await _approver.ReviewAsync(id, "Publish")).StatusCode);

    private async Task<string> AddressAsync(int id) => $"/bai-viet/{id}/{(await _factory.ArticleAsync(id)).Slug}";

    private Task<List<Portal.Web.Articles.Attachments.ArticleAttachment>> AttachmentsAsync(int id) =>
        _factory.WithDbAsync(db => db.ArticleAttachments.AsNoTracking().Where(a => a.ArticleId == id).OrderBy(a => a.SortOrder).ToListAsync());
}
