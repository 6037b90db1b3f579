using Portal.Web.Publishing;

namespace Portal.Web.Caching;

/// <summary>
/// When the next scheduled item of any kind goes public. A page rendered now must not be cached past that moment,
/// or the item would appear late on the home and listing pages. Asked only when a page is rendered, never when one
/// is served from the cache; for articles, the index on (Status, PublishedAt) makes it one seek.
/// </summary>
public sealed class PublicationSchedule(PublishedKinds kinds, TimeProvider time)
{
    /// <summary>How long a page rendered now may be cached: at most <paramref name="maxAge"/>, and not past the next publication.</summary>
    public async Task<TimeSpan> TimeToLiveAsync(TimeSpan maxAge, CancellationToken cancellationToken = default)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var next = await kinds.NextPublicationAsync(now, cancellationToken);
        return next is { } at && at - now < maxAge ? at - now : maxAge;
    }
}
