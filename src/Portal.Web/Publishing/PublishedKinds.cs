using Portal.Web.Feeds;

namespace Portal.Web.Publishing;

/// <summary>
/// Every registered kind of content, asked as one: the sitemap's sections and items (the kinds one after the
/// other, in the order they were registered), the site's feed (the newest items of all kinds), and the next
/// scheduled publication of any kind.
/// </summary>
public sealed class PublishedKinds(IEnumerable<IPublishedKind> kinds)
{
    private readonly IReadOnlyList<IPublishedKind> _kinds = [.. kinds];

    public async Task<List<SitemapUrl>> SitemapSectionsAsync(CancellationToken cancellationToken)
    {
        var sections = new List<SitemapUrl>();
        foreach (var kind in _kinds)
        {
            sections.AddRange(await kind.SitemapSectionsAsync(cancellationToken));
        }
        return sections;
    }

    public async Task<int> SitemapCountAsync(CancellationToken cancellationToken)
    {
        var total = 0;
        foreach (var kind in _kinds)
        {
            total += await kind.SitemapCountAsync(cancellationToken);
        }
        return total;
    }

    /// <summary>Items <paramref name="skip"/> to <paramref name="skip"/> + <paramref name="take"/> of all kinds' items, one kind after another.</summary>
    public async Task<List<SitemapUrl>> SitemapEntriesAsync(int skip, int take, CancellationToken cancellationToken)
    {
        var entries = new List<SitemapUrl>();
        for (var i = 0; i < _kinds.Count && entries.Count < take; i++)
        {
            // The last kind needs no count: it is asked for what is left, and answers with what it has.
            if (i < _kinds.Count - 1 && await _kinds[i].SitemapCountAsync(cancellationToken) is var count && skip >= count)
            {
                skip -= count;
                continue;
            }
            entries.AddRange(await _kinds[i].SitemapEntriesAsync(skip, take - entries.Count, cancellationToken));
            skip = 0;
        }
        return entries;
    }

    /// <summary>The newest <paramref name="count"/> items of all kinds, newest first; a kind's own order kept at equal times.</summary>
    public async Task<List<FeedItem>> NewestAsync(int count, CancellationToken cancellationToken)
    {
        var items = new List<FeedItem>();
        foreach (var kind in _kinds)
        {
            items.AddRange(await kind.NewestAsync(count, cancellationToken));
        }
        return [.. items.OrderByDescending(i => i.PublishedAt).Take(count)];
    }

    public async Task<DateTime?> NextPublicationAsync(DateTime now, CancellationToken cancellationToken)
    {
        DateTime? next = null;
        foreach (var kind in _kinds)
        {
            if (await kind.NextPublicationAsync(now, cancellationToken) is { } at && (next is null || at < next))
            {
                next = at;
            }
        }
        return next;
    }
}
