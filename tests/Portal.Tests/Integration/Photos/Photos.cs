using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Tests.Builders;
using Portal.Web.Editing;
using Portal.Web.Media;

namespace Portal.Tests.Integration.Photos;

/// <summary>Uploads through the app's own <see cref="PhotoLibrary"/>, and what the stores then hold.</summary>
public static class Photos
{
    public static async Task<SaveResult<Photo>> UploadAsync(this PortalFactory factory, byte[] bytes, string fileName = "anh.jpg", string altText = "Hội nghị tổng kết công tác năm", string caption = "", string credit = "")
    {
        using var content = new MemoryStream(bytes);
        return await factory.UploadAsync(content, bytes.LongLength, fileName, new PhotoDetails(altText, caption, credit));
    }

    public static async Task<SaveResult<Photo>> UploadAsync(this PortalFactory factory, Stream content, long? declaredLength, string fileName, PhotoDetails details)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<PhotoLibrary>().UploadAsync(content, declaredLength, fileName, details, "Biên tập viên", CancellationToken.None);
    }

    public static async Task<T> WithLibraryAsync<T>(this PortalFactory factory, Func<PhotoLibrary, Task<T>> action)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await action(scope.ServiceProvider.GetRequiredService<PhotoLibrary>());
    }

    public static async Task<Photo> UploadedAsync(this PortalFactory factory, byte[] bytes, string altText = "Hội nghị tổng kết công tác năm", string caption = "")
    {
        return (await factory.UploadAsync(bytes, altText: altText, caption: caption)).Saved();
    }

    /// <summary>
    /// Rows of photos, variants and stored bytes, and files in the file store's folder (if any). The store also keeps
    /// the seeded legal documents' and consultations' files: those are not counted.
    /// </summary>
    public static async Task<(int Photos, int Variants, int Blobs, int Files)> StoredAsync(this PortalFactory factory, string? folder = null)
    {
        var documentFiles = (await factory.WithDbAsync(db => db.LegalDocumentFiles.Select(f => f.Hash)
            .Concat(db.ConsultationFiles.Select(f => f.Hash)).ToListAsync())).ToHashSet();
        return (await factory.WithDbAsync(db => db.Photos.CountAsync()),
            await factory.WithDbAsync(db => db.PhotoVariants.CountAsync()),
            await factory.PhotoBlobsAsync(),
            folder is not null && Directory.Exists(folder)
                ? Directory.GetFiles(folder, "*", SearchOption.AllDirectories).Count(f => !documentFiles.Contains(Path.GetFileName(f).Split('.')[0]))
                : 0);
    }

    /// <summary>Stored bytes of photos, not of the seeded legal documents' and consultations' files kept in the same store.</summary>
    public static Task<int> PhotoBlobsAsync(this PortalFactory factory) =>
        factory.WithDbAsync(db => db.PhotoBlobs.CountAsync(b => !db.LegalDocumentFiles.Any(f => f.Hash == b.Hash)
            && !db.ConsultationFiles.Any(f => f.Hash == b.Hash)));
}
