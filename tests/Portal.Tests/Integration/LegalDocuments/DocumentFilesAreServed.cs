using System.Net;
using System.Net.Http.Headers;
using Portal.Web.Accounts;
using Portal.Web.Feeds;
using Portal.Web.LegalDocuments;
using Portal.Web.LegalDocuments.Files;

namespace Portal.Tests.Integration.LegalDocuments;

/// <summary>
/// <c>/van-ban/tep/{id}/{name}</c>: a published document's file under its own name, with the headers that let a
/// browser show or save it and never run it; nothing of a draft, of another name, of an unknown id.
/// </summary>
[Trait("Database", "SqliteOnly")] // the answer's headers; how the bytes are kept on each provider is DocumentFilesAreKeptByHash's
public sealed class DocumentFilesAreServed : IDisposable
{
    private const string PdfName = "Quyết định số 15.pdf";

    private readonly PortalFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task APublishedPdfOpensInlineWithItsVietnameseNameAndNoPowerToRun()
    {
        var pdf = SimplePdf.Write("Quyết định số 15", ["Điều 1. Ban hành kèm theo Quyết định này."]);
        var file = (await _factory.DocumentWithFilesAsync(published: true, (PdfName, pdf))).Files.Single();

        var response = await _factory.CreateBrowser().GetAsync(PublicUrls.LegalDocumentFilePath(file.Id, file.FileName));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(pdf, await response.Content.ReadAsByteArrayAsync());
        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(pdf.Length, response.Content.Headers.ContentLength);
        Assert.Equal("inline; filename=\"Quyet dinh so 15.pdf\"; filename*=UTF-8''Quy%E1%BA%BFt%20%C4%91%E1%BB%8Bnh%20s%E1%BB%91%2015.pdf",
            string.Join(", ", response.Content.Headers.GetValues("Content-Disposition")));
        Assert.Equal(PdfName, response.Content.Headers.ContentDisposition?.FileNameStar);
        Assert.Equal($"\"{file.Hash}\"", response.Headers.ETag?.Tag);
        Assert.False(response.Headers.ETag?.IsWeak);
        Assert.Equal("nosniff", Header(response, "X-Content-Type-Options"));
        Assert.Equal("frame-ancestors 'self'; form-action 'none'", Header(response, "Content-Security-Policy"));
        Assert.True(response.Headers.CacheControl?.Public);
        Assert.Equal(TimeSpan.FromHours(1), response.Headers.CacheControl?.MaxAge);
        Assert.Equal("bytes", Header(response, "Accept-Ranges"));
    }

    [Fact]
    public async Task TheSameETagIsAnswered304AndARangeIsAnswered206()
    {
        var pdf = SimplePdf.Write("Quyết định số 16", ["Điều 1."]);
        var file = (await _factory.DocumentWithFilesAsync(published: true, (PdfName, pdf))).Files.Single();
        var browser = _factory.CreateBrowser();
        var path = PublicUrls.LegalDocumentFilePath(file.Id, file.FileName);

        using var again = new HttpRequestMessage(HttpMethod.Get, path);
        again.Headers.IfNoneMatch.Add(new EntityTagHeaderValue($"\"{file.Hash}\""));
        var notModified = await browser.SendAsync(again);
        using var part = new HttpRequestMessage(HttpMethod.Get, path);
        part.Headers.Range = new RangeHeaderValue(0, 4);
        var partial = await browser.SendAsync(part);

        Assert.Equal(HttpStatusCode.NotModified, notModified.StatusCode);
        Assert.Empty(await notModified.Content.ReadAsByteArrayAsync());
        Assert.Equal(HttpStatusCode.PartialContent, partial.StatusCode);
        Assert.Equal("%PDF-"u8.ToArray(), await partial.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task ADocxAndAnXlsxDownloadAsAttachments()
    {
        var docx = Unit.LegalDocuments.TestFiles.Docx(["Phụ lục I. Danh mục đê điều"]);
        var xlsx = Unit.LegalDocuments.TestFiles.Xlsx("Biểu 1", [["Đơn vị", "Số lượng"]]);
        var files = (await _factory.DocumentWithFilesAsync(published: true, ("Phụ lục I.docx", docx), ("Biểu mẫu.xlsx", xlsx))).Files;
        var browser = _factory.CreateBrowser();

        var word = await browser.GetAsync(PublicUrls.LegalDocumentFilePath(files[0].Id, files[0].FileName));
        var sheet = await browser.GetAsync(PublicUrls.LegalDocumentFilePath(files[1].Id, files[1].FileName));

        Assert.Equal(DocumentFileFormats.ContentType(DocumentFileFormat.Docx), word.Content.Headers.ContentType?.MediaType);
        Assert.Equal(("attachment", "Phụ lục I.docx", "Phu luc I.docx"), (word.Content.Headers.ContentDisposition?.DispositionType, word.Content.Headers.ContentDisposition?.FileNameStar, word.Content.Headers.ContentDisposition?.FileName));
        Assert.Equal(DocumentFileFormats.ContentType(DocumentFileFormat.Xlsx), sheet.Content.Headers.ContentType?.MediaType);
        Assert.Equal(("attachment", "Biểu mẫu.xlsx"), (sheet.Content.Headers.ContentDisposition?.DispositionType, sheet.Content.Headers.ContentDisposition?.FileNameStar));
        Assert.Equal(xlsx, await sheet.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task ADraftsFileIsNotFoundButTheNewsroomCanDownloadIt()
    {
        var pdf = SimplePdf.Write("Dự thảo quyết định", ["Chưa ban hành."]);
        var file = (await _factory.DocumentWithFilesAsync(published: false, ("Dự thảo.pdf", pdf))).Files.Single();
        var citizen = _factory.CreateBrowser();
        var editor = await _factory.SignedInAsync(Roles.Editor);

        var publicAnswer = await citizen.GetAsync(PublicUrls.LegalDocumentFilePath(file.Id, file.FileName));
        var anonymousAdmin = await citizen.GetAsync(DocumentFileEndpoints.AdminPath(file.Id));
        var editorAnswer = await editor.GetAsync(DocumentFileEndpoints.AdminPath(file.Id));

        Assert.Equal(HttpStatusCode.NotFound, publicAnswer.StatusCode);
        Assert.NotEqual(HttpStatusCode.OK, anonymousAdmin.StatusCode);
        Assert.Contains("/admin/account/login", anonymousAdmin.Headers.Location?.ToString() ?? "");
        Assert.Equal(HttpStatusCode.OK, editorAnswer.StatusCode);
        Assert.Equal(pdf, await editorAnswer.Content.ReadAsByteArrayAsync());
        Assert.Equal("frame-ancestors 'self'; form-action 'none'", Header(editorAnswer, "Content-Security-Policy"));
        Assert.True(editorAnswer.Headers.CacheControl?.NoStore);
    }

    [Theory]
    [InlineData("Quyet dinh so 15.pdf")]
    [InlineData("quyết định số 15.pdf")]
    [InlineData("..%2F..%2Fappsettings.json")]
    [InlineData("..%5C..%5Cappsettings.json")]
    [InlineData("%2E%2E")]
    public async Task AnotherNameIsNotFound(string name)
    {
        var pdf = SimplePdf.Write("Quyết định số 17", ["Điều 1."]);
        var file = (await _factory.DocumentWithFilesAsync(published: true, (PdfName, pdf))).Files.Single();

        var response = await _factory.CreateBrowser().GetAsync($"/van-ban/tep/{file.Id}/{name}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Theory]
    [InlineData("/van-ban/tep/2147483647/a.pdf")]
    [InlineData("/van-ban/tep/0/a.pdf")]
    [InlineData("/van-ban/tep/-1/a.pdf")]
    [InlineData("/van-ban/tep/abc/a.pdf")]
    [InlineData("/van-ban/tep/99999999999999/a.pdf")]
    [InlineData("/van-ban/tep/1/..%2F..%2F..%2Fetc%2Fpasswd")]
    public async Task AnUnknownOrMalformedIdIsNotFound(string path)
    {
        var response = await _factory.CreateBrowser().GetAsync(path);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    private static string Header(HttpResponseMessage response, string name) =>
        string.Join(", ", response.Headers.TryGetValues(name, out var values) ? values : response.Content.Headers.TryGetValues(name, out var content) ? content : []);
}
