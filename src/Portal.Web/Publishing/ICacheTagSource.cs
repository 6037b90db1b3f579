using Microsoft.EntityFrameworkCore.ChangeTracking;
using Portal.Web.Caching;

namespace Portal.Web.Publishing;

/// <summary>
/// What a kind of entity says of its own changes: the tags of the cached public pages that show it. The page
/// cache's eviction asks every registered source about every tracked change, so a new kind adds a source in its
/// own folder and the eviction is not edited. A source sees the entry before it is saved (its original and
/// current values), is a singleton, and yields nothing for entities it does not know.
/// </summary>
public interface ICacheTagSource
{
    IEnumerable<string> TagsOf(EntityEntry entry);
}

/// <summary>An entity on every public page (the menu, the site links, the footer): any change to one evicts them all.</summary>
public sealed class SiteWideCacheTags<TEntity> : ICacheTagSource
    where TEntity : class
{
    public IEnumerable<string> TagsOf(EntityEntry entry) =>
        entry.Entity is TEntity ? [PageCacheTags.Site] : [];
}
