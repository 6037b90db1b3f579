using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.Extensions.DependencyInjection;
using Portal.Web.Categories;
using Portal.Web.Feeds;
using Portal.Web.Publishing;

namespace Portal.Tests.Integration.Publishing;

/// <summary>
/// A second kind of content, as the next sections will add one: registered the way a kind's own setup does,
/// through <see cref="PublishingSetup"/>, with two consultations of its own and a tag for each category change.
/// </summary>
internal sealed class TestKind(TestKind.Schedule schedule) : IPublishedKind
{
    /// <summary>Newer than every seeded article, so that it leads the site's feed.</summary>
    public static readonly DateTime PublishedAt = PortalFactory.Now.UtcDateTime.AddMinutes(-1);

    public const string Section = "/gop-y";
    public const string Title = "Góp ý dự thảo quy hoạch";

    public static readonly string[] Items = [Section + "/1/du-thao-quy-hoach", Section + "/2/du-thao-le-phi"];

    /// <summary>When the kind's next item is due; a test sets it.</summary>
    public sealed class Schedule
    {
        public DateTime? Next { get; set; }
    }

    public static void AddTo(IServiceCollection services) =>
        services.AddSingleton<Schedule>().AddPublishedKind<TestKind>().AddCacheTagSource<CategoryTags>();

    public static string TagOf(int categoryId) => $"test-kind:category:{categoryId}";

    public Task<IReadOnlyList<SitemapUrl>> SitemapSectionsAsync(CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<SitemapUrl>>([new SitemapUrl(Section, PublishedAt)]);

    public Task<int> SitemapCountAsync(CancellationToken cancellationToken) => Task.FromResult(Items.Length);

    public Task<IReadOnlyList<SitemapUrl>> SitemapEntriesAsync(int skip, int take, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<SitemapUrl>>([.. Items.Skip(skip).Take(take).Select(i => new SitemapUrl(i, PublishedAt))]);

    public Task<IReadOnlyList<FeedItem>> NewestAsync(int count, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<FeedItem>>([new FeedItem(Title, Items[0], PublishedAt, "Góp ý", "Mời nhân dân góp ý.")]);

    public Task<DateTime?> NextPublicationAsync(DateTime now, CancellationToken cancellationToken) => Task.FromResult(schedule.Next);

    /// <summary>The kind's pages say which category they belong to, so a category's change evicts them.</summary>
    internal sealed class CategoryTags : ICacheTagSource
    {
        public IEnumerable<string> TagsOf(EntityEntry entry) =>
            entry.Entity is Category category ? [TagOf(category.Id)] : [];
    }
}
