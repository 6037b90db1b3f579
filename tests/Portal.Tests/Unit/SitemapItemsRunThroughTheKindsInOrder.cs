using Portal.Web.Feeds;
using Portal.Web.Publishing;

namespace Portal.Tests.Unit;

/// <summary>
/// Past one file's worth, the sitemap's files hold the kinds' items one kind after another, so that a file may
/// end one kind's items and begin the next one's; the site's feed takes the newest of all kinds.
/// </summary>
public sealed class SitemapItemsRunThroughTheKindsInOrder
{
    private static readonly DateTime Day = new(2026, 11, 28, 0, 0, 0, DateTimeKind.Utc);

    private readonly PublishedKinds _kinds = new([new ListedKind("bai-viet", 5, Day), new ListedKind("van-ban", 3, Day.AddHours(10)), new ListedKind("gop-y", 0, Day)]);

    [Theory]
    [InlineData(0, 4, "bai-viet/0 bai-viet/1 bai-viet/2 bai-viet/3")]
    [InlineData(4, 4, "bai-viet/4 van-ban/0 van-ban/1 van-ban/2")]
    [InlineData(5, 2, "van-ban/0 van-ban/1")]
    [InlineData(7, 4, "van-ban/2")]
    [InlineData(8, 4, "")]
    public async Task AFileSkipsWhatTheFilesBeforeItHold(int skip, int take, string expected)
    {
        var entries = await _kinds.SitemapEntriesAsync(skip, take, CancellationToken.None);

        Assert.Equal(expected, string.Join(' ', entries.Select(e => e.Location)));
    }

    [Fact]
    public async Task TheCountAndTheSectionsAreEveryKinds()
    {
        Assert.Equal(8, await _kinds.SitemapCountAsync(CancellationToken.None));
        Assert.Equal("bai-viet van-ban gop-y", string.Join(' ', (await _kinds.SitemapSectionsAsync(CancellationToken.None)).Select(s => s.Location)));
    }

    [Fact]
    public async Task TheFeedIsTheNewestOfAllKindsAndTheScheduleTheSoonest()
    {
        var newest = await _kinds.NewestAsync(4, CancellationToken.None);

        Assert.Equal("van-ban/2 van-ban/1 van-ban/0 bai-viet/4", string.Join(' ', newest.Select(i => i.Address)));
        Assert.Equal(Day.AddHours(1), await _kinds.NextPublicationAsync(Day, CancellationToken.None));
    }

    /// <summary>A kind of <paramref name="count"/> items, an hour apart from <paramref name="first"/>, the next due an hour after its start.</summary>
    private sealed class ListedKind(string name, int count, DateTime first) : IPublishedKind
    {
        private IEnumerable<SitemapUrl> All => Enumerable.Range(0, count).Select(i => new SitemapUrl($"{name}/{i}", first.AddHours(i)));

        public Task<IReadOnlyList<SitemapUrl>> SitemapSectionsAsync(CancellationToken cancellationToken) =>
            Task.FromResult<IReadOnlyList<SitemapUrl>>([new SitemapUrl(name, null)]);

        public Task<int> SitemapCountAsync(CancellationToken cancellationToken) => Task.FromResult(count);

        public Task<IReadOnlyList<SitemapUrl>> SitemapEntriesAsync(int skip, int take, CancellationToken cancellationToken) =>
            Task.FromResult<IReadOnlyList<SitemapUrl>>([.. All.Skip(skip).Take(take)]);

        public Task<IReadOnlyList<FeedItem>> NewestAsync(int count, CancellationToken cancellationToken) =>
            Task.FromResult<IReadOnlyList<FeedItem>>([.. All.Reverse().Take(count).Select(e => new FeedItem(e.Location, e.Location, e.LastModified!.Value, name, ""))]);

        public Task<DateTime?> NextPublicationAsync(DateTime now, CancellationToken cancellationToken) =>
            Task.FromResult<DateTime?>(first.AddHours(1));
    }
}
