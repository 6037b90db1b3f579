using Portal.Web.Feeds;
using Portal.Web.LegalDocuments.Files;
using Portal.Web.Media;

namespace Portal.Tests.Integration.LegalDocuments;

/// <summary>With the photo store in a folder (<c>Portal:Photos:Store=FileSystem</c>) a document's files are kept and served the same way.</summary>
public sealed class DocumentFilesInAFolder : IDisposable
{
    private readonly PortalFactory _factory = new();

    public DocumentFilesInAFolder() => _factory.Settings["Portal:Photos:Store"] = "FileSystem";

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task APdfAndADocxAreKeptServedAndForgotten()
    {
        var pdf = SimplePdf.Write("Quyết định lưu trong thư mục", ["Điều 1."]);
        var docx = Unit.LegalDocuments.TestFiles.Docx(["Phụ lục lưu trong thư mục"]);
        var document = await _factory.DocumentWithFilesAsync(published: true, ("Quyết định.pdf", pdf), ("Phụ lục.docx", docx));
        var browser = _factory.CreateBrowser();

        var servedPdf = await browser.GetAsync(PublicUrls.LegalDocumentFilePath(document.Files[0].Id, document.Files[0].FileName));
        var servedDocx = await browser.GetAsync(PublicUrls.LegalDocumentFilePath(document.Files[1].Id, document.Files[1].FileName));

        Assert.IsType<FileSystemPhotoStore>(_factory.Services.GetService(typeof(IPhotoStore)));
        Assert.Equal(pdf, await servedPdf.Content.ReadAsByteArrayAsync());
        Assert.Equal("application/pdf", servedPdf.Content.Headers.ContentType?.MediaType);
        Assert.Equal(docx, await servedDocx.Content.ReadAsByteArrayAsync());
        Assert.Equal(pdf.Length, servedPdf.Content.Headers.ContentLength);
    }
}
