namespace Portal.Web.Media;

/// <summary>
/// Variants as files, <c>{folder}/{first two characters of the hash}/{hash}.jpg|.webp</c>. A file is written under a
/// temporary name and then moved into place, so a reader never sees half of one. The legal documents' files are kept
/// here too, as <c>.pdf</c> and <c>.zip</c> (DOCX, XLSX).
/// </summary>
public sealed class FileSystemPhotoStore(string folder) : IPhotoStore
{
    private static readonly (string Extension, string ContentType)[] Kinds =
        [(".webp", "image/webp"), (".jpg", "image/jpeg"), (".pdf", "application/pdf"), (".zip", "application/zip")];

    public string Folder { get; } = Path.GetFullPath(folder);

    public async Task SaveAsync(string hash, string contentType, ReadOnlyMemory<byte> bytes, CancellationToken ct)
    {
        var path = PathOf(hash, ExtensionOf(contentType));
        if (File.Exists(path))
        {
            return;
        }
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var temporary = $"{path}.{Guid.NewGuid():N}.tmp";
        try
        {
            await File.WriteAllBytesAsync(temporary, bytes, ct);
            File.Move(temporary, path, overwrite: true);
        }
        finally
        {
            File.Delete(temporary);
        }
    }

    public Task<PhotoContent?> OpenAsync(string hash, CancellationToken ct)
    {
        if (!PhotoHash.IsValid(hash))
        {
            return Task.FromResult<PhotoContent?>(null);
        }
        foreach (var (extension, contentType) in Kinds)
        {
            try
            {
                var stream = new FileStream(PathOf(hash, extension), FileMode.Open, FileAccess.Read, FileShare.Read | FileShare.Delete, 4096, useAsync: true);
                return Task.FromResult<PhotoContent?>(new PhotoContent(stream, contentType, stream.Length));
            }
            catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
            {
                // Not in this format; try the next.
            }
        }
        return Task.FromResult<PhotoContent?>(null);
    }

    public Task DeleteAsync(string hash, CancellationToken ct)
    {
        foreach (var (extension, _) in Kinds)
        {
            File.Delete(PathOf(hash, extension));
        }
        return Task.CompletedTask;
    }

    private string PathOf(string hash, string extension)
    {
        PhotoHash.Check(hash);
        return Path.Combine(Folder, hash[..2], hash + extension);
    }

    private static string ExtensionOf(string contentType) =>
        Kinds.FirstOrDefault(k => k.ContentType == contentType).Extension
        ?? throw new ArgumentException($"A photo store keeps {string.Join(", ", Kinds.Select(k => k.ContentType))}, not {contentType}.", nameof(contentType));
}
