using Microsoft.Extensions.DependencyInjection;
using Portal.Web.Media;

namespace Portal.Tests.Integration.Photos;

/// <summary>Both stores behave alike: content kept by hash, saving it twice harmless, deleting it twice too.</summary>
public abstract class PhotoStoresKeepBytesByHash : IDisposable
{
    private readonly PortalFactory _factory = new();
    private readonly bool _fileStore;

    protected PhotoStoresKeepBytesByHash(bool fileStore)
    {
        _fileStore = fileStore;
        if (fileStore)
        {
            _factory.Settings["Portal:Photos:Store"] = "FileSystem";
        }
    }

    public void Dispose()
    {
        _factory.Dispose();
        GC.SuppressFinalize(this);
    }

    private async Task<T> WithStoreAsync<T>(Func<IPhotoStore, Task<T>> action)
    {
        await using var scope = _factory.Services.CreateAsyncScope();
        var store = scope.ServiceProvider.GetRequiredService<IPhotoStore>();
        Assert.IsType(_fileStore ? typeof(FileSystemPhotoStore) : typeof(DatabasePhotoStore), store);
        return await action(store);
    }

    [Fact]
    public async Task KeepsOpensAndForgetsContentByItsHash()
    {
        byte[] bytes = [1, 2, 3, 4, 5];
        var hash = PhotoHash.Of(bytes);
        Assert.Matches("^[0-9a-f]{32}$", hash);

        await WithStoreAsync(async s => { await s.SaveAsync(hash, "image/webp", bytes, default); return 0; });
        await WithStoreAsync(async s => { await s.SaveAsync(hash, "image/webp", bytes, default); return 0; });  // again: harmless

        var content = await WithStoreAsync(async s =>
        {
            var opened = await s.OpenAsync(hash, default);
            Assert.NotNull(opened);
            await using var stream = opened.Content;
            using var copy = new MemoryStream();
            await stream.CopyToAsync(copy);
            return (opened.ContentType, opened.Length, Bytes: copy.ToArray());
        });
        Assert.Equal(("image/webp", 5L), (content.ContentType, content.Length));
        Assert.Equal(bytes, content.Bytes);

        await WithStoreAsync(async s => { await s.DeleteAsync(hash, default); await s.DeleteAsync(hash, default); return 0; });
        Assert.Null(await WithStoreAsync(s => s.OpenAsync(hash, default)));
    }

    [Theory]
    [InlineData("../../../etc/passwd")]
    [InlineData("ABCDEF0123456789ABCDEF0123456789")]
    [InlineData("0123456789abcdef")]
    [InlineData("0123456789abcdef0123456789abcdeg")]
    public async Task OpensNothingForWhatIsNotAHash(string hash)
    {
        Assert.Null(await WithStoreAsync(s => s.OpenAsync(hash, default)));
        await Assert.ThrowsAsync<ArgumentException>(() => WithStoreAsync(async s => { await s.SaveAsync(hash, "image/jpeg", new byte[] { 1 }, default); return 0; }));
    }
}

public sealed class TheDatabaseStoreKeepsBytesByHash() : PhotoStoresKeepBytesByHash(fileStore: false);

public sealed class TheFileStoreKeepsBytesByHash() : PhotoStoresKeepBytesByHash(fileStore: true);
