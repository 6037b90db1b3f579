using Microsoft.EntityFrameworkCore;
using Portal.Web.Data;

namespace Portal.Web.Articles.Tags;

/// <summary>Makes an article's <see cref="ArticleTag"/> rows say its tags, adding the tags no article had yet. The caller saves.</summary>
public sealed class ArticleTagging(PortalDbContext db)
{
    public async Task SetAsync(Article article, IReadOnlyList<string> names, CancellationToken cancellationToken)
    {
        var keys = names.Select(TagList.Key).ToList();
        var known = await db.Tags.Where(t => keys.Contains(t.NameKey)).ToListAsync(cancellationToken);
        var wanted = new List<Tag>();
        foreach (var name in names)
        {
            var key = TagList.Key(name);
            var tag = known.Find(t => t.NameKey == key);
            if (tag is null)
            {
                tag = new Tag { Name = name, NameKey = key, Slug = await FreeSlugAsync(SlugGenerator.FromTitle(name), cancellationToken) };
                db.Tags.Add(tag);
                known.Add(tag);
            }
            wanted.Add(tag);
        }
        if (wanted.Any(t => t.Id == 0))
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        var current = await db.ArticleTags.Where(t => t.ArticleId == article.Id).ToListAsync(cancellationToken);
        db.ArticleTags.RemoveRange(current.Where(c => !wanted.Any(t => t.Id == c.TagId)));
        db.ArticleTags.AddRange(wanted.Where(t => !current.Any(c => c.TagId == t.Id)).Select(t => new ArticleTag { ArticleId = article.Id, TagId = t.Id }));
    }

    /// <summary>
    /// Adds the tags no article had yet, in a save of their own before the article's: two editors adding one new tag at
    /// the same instant both get it (the unique index refuses the second insert, which then finds the first's row).
    /// </summary>
    public async Task AddMissingAsync(IReadOnlyList<string> names, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            var keys = names.Select(TagList.Key).ToList();
            var known = await db.Tags.Where(t => keys.Contains(t.NameKey)).Select(t => t.NameKey).ToListAsync(cancellationToken);
            var added = new List<Tag>();
            foreach (var name in names.Where(n => !known.Contains(TagList.Key(n))))
            {
                var tag = new Tag { Name = name, NameKey = TagList.Key(name), Slug = await FreeSlugAsync(SlugGenerator.FromTitle(name), cancellationToken) };
                db.Tags.Add(tag);
                added.Add(tag);
            }
            if (added.Count == 0)
            {
                return;
            }
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                return;
            }
            catch (DbUpdateException) when (attempt < 3)
            {
                foreach (var tag in added)
                {
                    db.Entry(tag).State = EntityState.Detached;
                }
            }
        }
    }

    /// <summary>"Dân vận" and "Dán vận" are two tags with one folding: the second gets dan-van-2.</summary>
    private async Task<string> FreeSlugAsync(string slug, CancellationToken cancellationToken)
    {
        var taken = await db.Tags.Where(t => t.Slug == slug || t.Slug.StartsWith(slug + "-")).Select(t => t.Slug).ToListAsync(cancellationToken);
        taken.AddRange(db.Tags.Local.Select(t => t.Slug));
        var candidate = slug;
        for (var n = 2; taken.Contains(candidate); n++)
        {
            candidate = SlugGenerator.WithSuffix(slug, $"-{n}");
        }
        return candidate;
    }
}
