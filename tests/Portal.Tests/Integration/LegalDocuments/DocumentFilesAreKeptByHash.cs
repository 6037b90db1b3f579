using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Tests.Builders;
using Portal.Tests.Integration.Photos;
using Portal.Web.Data;
using Portal.Web.Editing;
using Portal.Web.LegalDocuments;
using Portal.Web.LegalDocuments.Files;
using Portal.Web.Media;

namespace Portal.Tests.Integration.LegalDocuments;

/// <summary>
/// A file's bytes are kept once whatever the number of documents that carry them, and forgotten with the last file
/// (and photo variant) that uses them; a refused file leaves nothing behind.
/// </summary>
public sealed class DocumentFilesAreKeptByHash : IDisposable
{
    private readonly PortalFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task TheSameBytesInTwoDocumentsAreOneBlobUntilTheLastFileGoes()
    {
        var pdf = SimplePdf.Write("Quyết định dùng chung", ["Điều 1. Văn bản này đính kèm ở hai nơi."]);
        var first = await _factory.DocumentWithFilesAsync(published: true, ("Quyết định.pdf", pdf));
        var second = await _factory.DocumentWithFilesAsync(published: false, ("Bản sao.pdf", pdf));
        var hash = PhotoHash.Of(pdf);

        var both = await _factory.StoredAsync(hash);
        await RemoveAsync(first.Id, first.Files[0].Id);
        var one = await _factory.StoredAsync(hash);
        await RemoveAsync(second.Id, second.Files[0].Id);
        var none = await _factory.StoredAsync(hash);

        Assert.Equal((2, 1), both);
        Assert.Equal((1, 1), one);
        Assert.Equal((0, 0), none);
    }

    [Fact]
    public async Task BytesAPhotoVariantAlsoUsesStay()
    {
        var photo = await _factory.UploadedAsync(TestImages.Jpeg(400, 300));
        var variantHash = photo.Variants[0].Hash;
        var document = await _factory.DocumentWithFilesAsync(published: true, ("Quyết định.pdf", SimplePdf.Write("Quyết định", ["Điều 1."])));
        // A file whose hash a variant has too: the same content-addressed store, the same address.
        await _factory.WithDbAsync(db => db.LegalDocumentFiles.Where(f => f.Id == document.Files[0].Id).ExecuteUpdateAsync(s => s.SetProperty(f => f.Hash, variantHash)));

        await RemoveAsync(document.Id, document.Files[0].Id);

        Assert.Equal((0, 1), await _factory.StoredAsync(variantHash));
    }

    [Fact]
    public async Task AFileIsReadStoredAndNamedAsUploaded()
    {
        var pdf = SimplePdf.Write("Quyết định số 15", ["Điều 1. Ban hành quy định."]);

        var document = await _factory.DocumentWithFilesAsync(published: true, ("C:\\Users\\van-thu\\Desktop\\Quyết định số 15.pdf", pdf));

        var file = await _factory.WithDbAsync(db => db.LegalDocumentFiles.AsNoTracking().SingleAsync(f => f.DocumentId == document.Id));
        Assert.Equal(("Quyết định số 15.pdf", DocumentFileFormat.Pdf, (long)pdf.Length, 1, true), (file.FileName, file.Format, file.Length, file.PageCount, file.HasText));
        Assert.Contains("Điều 1. Ban hành quy định.", file.Text);
        Assert.Equal(PhotoHash.Of(pdf), file.Hash);
    }

    [Theory]
    [InlineData("", "Tệp cần có tên.")]
    [InlineData("   ", "Tệp cần có tên.")]
    [InlineData("C:\\thu-muc\\", "Tệp cần có tên.")]
    public async Task AFileWithoutANameIsRefused(string name, string message)
    {
        var (result, stored) = await AddAsync(name, SimplePdf.Write("Quyết định", ["Điều 1."]));

        Assert.Equal(message, Assert.IsType<SaveResult<LegalDocumentFile>.Invalid>(result).Errors[DocumentFileStore.Field]);
        Assert.Equal((0, 0), stored);
    }

    [Fact]
    public async Task ARefusedFileLeavesNoBytes()
    {
        var hostile = Unit.LegalDocuments.RawPdf.OnePage("/OpenAction << /S /JavaScript /JS (app.alert(1)) >>");
        var longName = new string('a', LegalDocumentFile.FileNameMaxLength) + ".pdf";

        var (script, stored) = await AddAsync("Quyết định.pdf", hostile);
        var (tooLong, _) = await AddAsync(longName, SimplePdf.Write("Quyết định", ["Điều 1."]));

        Assert.Equal(DocumentFileMessages.Script("Quyết định.pdf"), Assert.IsType<SaveResult<LegalDocumentFile>.Invalid>(script).Errors[DocumentFileStore.Field]);
        Assert.Equal((0, 0), stored);
        Assert.Equal(DocumentFileMessages.NameTooLong, Assert.IsType<SaveResult<LegalDocumentFile>.Invalid>(tooLong).Errors[DocumentFileStore.Field]);
    }

    private async Task<(SaveResult<LegalDocumentFile> Result, (int Files, int Blobs) Stored)> AddAsync(string name, byte[] content)
    {
        await using var scope = _factory.Services.CreateAsyncScope();
        var store = scope.ServiceProvider.GetRequiredService<DocumentFileStore>();
        var document = new LegalDocument { Number = "x", Slug = "x", Abstract = "x" };
        var result = await store.AddAsync(document, name, content, "bien-tap@portal.test", CancellationToken.None);
        Assert.Empty(document.Files);
        return (result, await _factory.StoredAsync(PhotoHash.Of(content)));
    }

    private async Task RemoveAsync(int documentId, int fileId)
    {
        await using var scope = _factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var document = await db.LegalDocuments.Include(d => d.Files).SingleAsync(d => d.Id == documentId);
        await scope.ServiceProvider.GetRequiredService<DocumentFileStore>().RemoveAsync(document, fileId, CancellationToken.None);
        await db.SaveChangesAsync();
    }
}
