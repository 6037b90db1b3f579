using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Portal.Web.Caching;
using Portal.Web.Publishing;

namespace Portal.Web.Media;

/// <summary>
/// The cached responses a photo's change shows on. A deleted variant's address is evicted (its bytes are gone;
/// another photo sharing them is served again from the store). A photo's words are on the pages of the articles
/// that show it and in the lists' thumbnails: a rare change, so every cached page goes.
/// </summary>
public sealed class PhotoCacheTags : ICacheTagSource
{
    private static readonly string[] Words = [nameof(Photo.AltText), nameof(Photo.Caption), nameof(Photo.Credit)];

    public IEnumerable<string> TagsOf(EntityEntry entry) => entry.Entity switch
    {
        PhotoVariant variant when entry.State == EntityState.Deleted => [PhotoUrls.CacheTag(variant.Hash)],
        Photo when entry.State == EntityState.Modified && Words.Any(w => entry.Property(w).IsModified) => [PageCacheTags.Site],
        _ => [],
    };
}
