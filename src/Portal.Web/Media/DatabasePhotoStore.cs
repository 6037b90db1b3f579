using Microsoft.EntityFrameworkCore;
using Portal.Web.Data;

namespace Portal.Web.Media;

/// <summary>
/// Variants in the PhotoBlobs table, on the request's own context: a save joins the caller's transaction, so a photo
/// and its bytes are written together or not at all.
/// </summary>
public sealed class DatabasePhotoStore(PortalDbContext db) : IPhotoStore
{
    public async Task SaveAsync(string hash, string contentType, ReadOnlyMemory<byte> bytes, CancellationToken ct)
    {
        PhotoHash.Check(hash);
        if (await db.PhotoBlobs.AnyAsync(b => b.Hash == hash, ct))
        {
            return;
        }
        var blob = new PhotoBlob { Hash = hash, ContentType = contentType, Data = bytes.ToArray() };
        db.PhotoBlobs.Add(blob);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        finally
        {
            // The bytes need not stay in the context's memory for the rest of the request.
            db.Entry(blob).State = EntityState.Detached;
        }
    }

    public async Task<PhotoContent?> OpenAsync(string hash, CancellationToken ct)
    {
        if (!PhotoHash.IsValid(hash))
        {
            return null;
        }
        var blob = await db.PhotoBlobs.AsNoTracking()
            .Where(b => b.Hash == hash)
            .Select(b => new { b.ContentType, b.Data })
            .FirstOrDefaultAsync(ct);
        return blob is null ? null : new PhotoContent(new MemoryStream(blob.Data, writable: false), blob.ContentType, blob.Data.LongLength);
    }

    public async Task DeleteAsync(string hash, CancellationToken ct)
    {
        PhotoHash.Check(hash);
        await db.PhotoBlobs.Where(b => b.Hash == hash).ExecuteDeleteAsync(ct);
    }
}
