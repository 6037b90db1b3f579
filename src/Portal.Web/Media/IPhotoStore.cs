namespace Portal.Web.Media;

/// <summary>
/// Where the bytes of photo variants live, addressed by the hash of their content: the database
/// (<see cref="DatabasePhotoStore"/>, the default) or a folder (<see cref="FileSystemPhotoStore"/>).
/// </summary>
public interface IPhotoStore
{
    /// <summary>Keeps <paramref name="bytes"/> under <paramref name="hash"/>; saving the same content again does nothing.</summary>
    Task SaveAsync(string hash, string contentType, ReadOnlyMemory<byte> bytes, CancellationToken ct);

    /// <summary>The content kept under <paramref name="hash"/>, or null. The caller disposes the stream.</summary>
    Task<PhotoContent?> OpenAsync(string hash, CancellationToken ct);

    /// <summary>Forgets the content under <paramref name="hash"/>; nothing happens when there is none.</summary>
    Task DeleteAsync(string hash, CancellationToken ct);
}

public sealed record PhotoContent(Stream Content, string ContentType, long Length);
